package dev.podium.cli;

import dev.podium.scenario.LogImport;
import dev.podium.scenario.LogImportException;
import dev.podium.scenario.LogImporter;
import dev.podium.scenario.SimulationFork;
import dev.podium.scenario.World;
import dev.podium.timeline.AtomicFiles;
import dev.podium.scenario.LogImports;
import dev.podium.scenario.WorldRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code podium import FILE [--json] [--out recording.jsonl]}: reads a real program's log through the world that
 * imports it (a JVM's {@code -Xlog:gc} log, a Go program's gctrace) and prints its summary, as text or, with
 * {@code --json}, as one JSON object of the importer's figures. With {@code --out} it also writes the log as a
 * recording (source {@code import}) that plays like any other. Warnings (a cut-off or garbled line) go to stderr.
 * With {@code --simulate}, {@code --out} is instead a scenario ({@code .podium.yaml}) that simulates a service
 * fitted to the log for the log's duration and replays the log's pauses beside it ({@link LogImporter#simulate}).
 * Exit 0; 1 when the file is not such a log, cannot be read, or {@code --out} was asked of a log that does not play
 * or cannot be simulated; 2 when {@code --simulate} has no {@code --out}.
 */
@Command(name = "import", description = "Reads a real GC log (JVM -Xlog:gc, Go gctrace/schedtrace) and prints its "
        + "summary; --out also writes it as a recording.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the log")
    private Path file;

    @Option(names = "--json", description = "print the summary as one JSON object")
    private boolean json;

    @Option(names = "--out", paramLabel = "RECORDING", description = "also write the log as a recording (JSON Lines)")
    private Path out;

    @Option(names = "--simulate", description = "with --out: write a scenario that simulates a service fitted to the "
            + "log (and replays the log beside it) instead of a recording")
    private boolean simulate;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (simulate) {
            return simulate(err);
        }
        LogImport log;
        try {
            log = out == null ? LogImports.summary(file, WorldRegistry.standard())
                    : LogImports.toFile(file, out, WorldRegistry.standard());
        } catch (LogImportException e) {
            err.println(e.getMessage());
            return PodiumCli.INPUT_PROBLEM;
        } catch (IOException e) {
            err.println(out + ": cannot write: " + e.getMessage());
            return PodiumCli.INPUT_PROBLEM;
        }
        log.warnings().forEach(w -> err.println("warning: " + w));
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(JsonMapper.builder().build().writeValueAsString(log.figures()));
        } else {
            log.report().forEach(o::println);
        }
        o.flush();
        if (out != null) {
            if (!log.playable()) {
                err.println(out + ": not written: " + log.unplayable());
                return PodiumCli.INPUT_PROBLEM;
            }
            if (!json) {
                o.println("recording:    " + out);
            }
        } else if (!log.playable()) {
            err.println("note: " + log.unplayable());
        }
        return 0;
    }

    /** {@code --simulate --out scenario}: the fitted scenario, written atomically. */
    private int simulate(PrintWriter err) {
        if (out == null) {
            err.println("--simulate needs --out SCENARIO (the scenario file to write, e.g. fitted.podium.yaml)");
            return 2;
        }
        out = PodiumFiles.withDefaultExtension(out, PodiumFiles.SCENARIO);
        SimulationFork fitted;
        try {
            LogImport log = LogImports.summary(file, WorldRegistry.standard());
            World world = WorldRegistry.standard().get(log.world());
            LogImporter importer = world.logImporter().orElseThrow();
            Optional<SimulationFork> made = importer.simulate(file, out);
            if (made.isEmpty()) {
                err.println(file + ": " + world.displayName() + " logs cannot be simulated from yet");
                return PodiumCli.INPUT_PROBLEM;
            }
            log.warnings().forEach(w -> err.println("warning: " + w));
            fitted = made.get();
        } catch (LogImportException e) {
            err.println(e.getMessage());
            return PodiumCli.INPUT_PROBLEM;
        }
        try {
            String yaml = fitted.yaml();
            AtomicFiles.write(out, w -> w.write(yaml));
        } catch (IOException e) {
            err.println(out + ": cannot write the scenario: " + e.getMessage());
            return PodiumCli.INPUT_PROBLEM;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(fitted.summary());
        o.println("scenario: " + out + " (podium run " + out + ")");
        o.flush();
        return 0;
    }
}
