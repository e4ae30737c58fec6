package dev.podium.cli;

import dev.podium.scenario.Durations;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.RecordingWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code podium run <scenario> [--seed N] [--until 60s] [--out rec.jsonl]}. */
@Command(name = "run", description = "Simulates a scenario headless and prints a summary.")
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
        o.println("scenario: " + scenario.name() + " (" + scenario.sourceName() + ")");
        o.println("seed:     " + scenario.seed());
        new RunSummary(run.timeline().events(), run.computedNanos()).print(o);
        if (out != null) {
            o.println("recording: " + out + " (" + run.timeline().size() + " events)");
        }
        return 0;
    }
}
