package dev.podium.scenario;

import java.io.PrintWriter;
import java.util.List;

/**
 * A world measured at scale, headless: {@code podium bench <world> [--option value]…}. Its options are typed and
 * ranged like verb arguments ({@link Arg}); a flag option is given without a value. Runs on the caller's thread.
 */
public interface WorldBenchmark {
    /** What the command line names, usually the world's name. */
    String name();

    /** One line for {@code --help}. */
    String description();

    /** The options, with their defaults. */
    List<Arg<?>> options();

    /** Runs the benchmark and prints its figures. */
    void run(Params options, PrintWriter out) throws ScenarioException;
}
