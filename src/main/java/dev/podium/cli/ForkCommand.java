package dev.podium.cli;

import dev.podium.scenario.Durations;
import dev.podium.scenario.ForkedScenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.AtomicFiles;
import dev.podium.timeline.Recording;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingException;
import dev.podium.timeline.RecordingReader;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium fork <recording.jsonl> [--at 5m] --out scenario.yaml}: replays the recording's Kubernetes events up
 * to {@code --at} (default: its last event), projects the cluster and writes it as a scenario
 * ({@link ForkedScenario}), checked by loading it back. Exit codes: 0 written, 1 an unreadable recording, one with
 * no Kubernetes events, or an output that cannot be written, 2 a usage error (a bad {@code --at}).
 */
@Command(name = "fork", description = "Turns the cluster of a recording, at a time, into a scenario to simulate on.")
final class ForkCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RECORDING", description = "a recording (JSON Lines)")
    private Path file;

    @Option(names = "--at", paramLabel = "DURATION",
            description = "the recording's time to fork at, e.g. 5m (default: its last event)")
    private String at;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the scenario file to write")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long atNanos;
        try {
            atNanos = at == null ? Long.MAX_VALUE : Durations.parseNanos(at);
        } catch (IllegalArgumentException e) {
            err.println("--at: " + e.getMessage());
            return 2;
        }
        Recording recording;
        try {
            recording = new RecordingReader(new RecordingCodec(ScenarioRun.eventTypes())).read(file);
        } catch (RecordingException e) {
            err.println(e.getMessage());
            return PodiumCli.INPUT_PROBLEM;
        }
        recording.warnings().forEach(w -> err.println("warning: " + w));
        KubeProjection projection = new KubeProjection();
        KubeState state = projection.initial();
        long last = -1;
        for (WorldEvent e : recording.events()) {
            if (e instanceof KubeEvent && e.timeNanos() <= atNanos) {
                projection.apply(state, e);
                last = e.timeNanos();
            }
        }
        if (last < 0) {
            err.println(file + ": no Kubernetes events" + (at == null ? "" : " at or before " + at)
                    + "; expected a recording of the kube world (podium record, or podium run of a kube scenario)");
            return PodiumCli.INPUT_PROBLEM;
        }
        long forkedAt = at == null ? last : atNanos;
        String label = recording.header().scenario() == null || recording.header().scenario().isBlank()
                ? file.getFileName().toString() : recording.header().scenario();
        String yaml = ForkedScenario.yaml(state, forkedAt, label);
        try {
            ForkedScenario.fromState(state, forkedAt, label);
        } catch (ScenarioException e) {
            err.println("podium: the forked scenario does not load (a bug): " + e.getMessage());
            return 3;
        }
        try {
            write(out, yaml);
        } catch (IOException e) {
            err.println(out + ": cannot write the scenario: " + e.getMessage());
            return PodiumCli.INPUT_PROBLEM;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("forked " + file + " at " + Durations.format(forkedAt) + ": " + state.nodeCount() + " node(s), "
                + state.deployments().size() + " Deployment(s), " + state.podCount() + " pod(s), "
                + state.hpas().size() + " HPA(s)");
        o.println("scenario: " + out + " (podium run " + out + ")");
        return 0;
    }

    /** Writes to a temporary file beside {@code target}, then moves it into place. */
    private static void write(Path target, String text) throws IOException {
        AtomicFiles.write(target, out -> out.write(text));
    }
}
