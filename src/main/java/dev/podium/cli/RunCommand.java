package dev.podium.cli;

import dev.podium.scenario.Durations;
import dev.podium.scenario.ProcessOutcome;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.World;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.RecordingWriter;
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

/**
 * {@code podium run <scenario> [--seed N] [--until 60s] [--out rec.jsonl] [--summary]}. A run whose world is a
 * process (a program file: {@code podium run prog.go}) behaves like that process: its output byte for byte on stdout
 * and stderr and its exit status, the summary only with {@code --summary} (on stderr, so stdout stays the
 * program's).
 */
@Command(name = "run", description = "Simulates a scenario headless and prints a summary; a program file "
        + "prints its own output and exits with its status.")
final class RunCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "a scenario file, or a built-in name such as queueing-basics")
    private String scenarioArgument;

    @Option(names = "--seed", paramLabel = "N", description = "the random seed (default: the scenario's)")
    private Long seed;

    @Option(names = "--until", paramLabel = "DURATION", description = "stop at this sim time, e.g. 60s (default: the scenario's duration)")
    private String until;

    @Option(names = "--out", paramLabel = "FILE", description = "write the run as a recording (JSON Lines; no extension: .podium.jsonl)")
    private Path out;

    @Option(names = "--summary", description = "for a program: also print the event summary (on stderr)")
    private boolean summary;

    /** Exit status when a program was still running at the end of the run, as timeout(1) has it. */
    static final int STILL_RUNNING = 124;

    @Override
    public Integer call() {
        out = PodiumFiles.withDefaultExtension(out, PodiumFiles.RECORDING);
        PrintWriter err = spec.commandLine().getErr();
        long untilNanos;
        Scenario scenario;
        try {
            scenario = ScenarioArgument.load(scenarioArgument);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return PodiumCli.INPUT_PROBLEM;
        }
        try {
            untilNanos = until == null ? scenario.durationNanos() : Durations.parseNanos(until);
        } catch (IllegalArgumentException e) {
            err.println("--until: " + e.getMessage());
            return 2;
        }
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        ScenarioRun run;
        try {
            run = ScenarioRun.start(scenario);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return PodiumCli.INPUT_PROBLEM;
        }
        ScenarioWarnings.print(scenario, err);
        run.advanceTo(untilNanos, Long.MAX_VALUE);
        run.actionProblems().forEach(p -> err.println("warning: " + p));
        if (out != null) {
            try {
                new RecordingWriter(new RecordingCodec(ScenarioRun.eventTypes())).write(out,
                        RecordingHeader.simulation(scenario.name(), scenario.seed(), scenario.worlds()), run.timeline().events());
            } catch (IOException e) {
                err.println(out + ": cannot write the recording: " + e.getMessage());
                return PodiumCli.INPUT_PROBLEM;
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        for (World world : run.worlds()) {
            Optional<ProcessOutcome> outcome = world.outcome(run.timeline().events());
            if (outcome.isPresent()) {
                return asProcess(outcome.get(), run, untilNanos, o, err);
            }
        }
        o.println("scenario: " + scenario.name() + " (" + scenario.sourceName() + ")");
        o.println("seed:     " + scenario.seed());
        new RunSummary(run.timeline().events(), run.computedNanos()).print(o);
        if (out != null) {
            o.println("recording: " + out + " (" + run.timeline().size() + " events)");
        }
        return 0;
    }

    private int asProcess(ProcessOutcome outcome, ScenarioRun run, long untilNanos, PrintWriter o, PrintWriter err) {
        o.print(outcome.stdout());
        o.flush();
        err.print(outcome.stderr());
        if (summary) {
            new RunSummary(run.timeline().events(), run.computedNanos()).print(err);
        }
        if (!outcome.ended()) {
            err.println("podium: the program was still running at " + Durations.format(untilNanos)
                    + " of simulated time; give --until to run it longer");
            err.flush();
            return STILL_RUNNING;
        }
        err.flush();
        return outcome.exitStatus();
    }
}
