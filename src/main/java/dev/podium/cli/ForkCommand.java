package dev.podium.cli;

import dev.podium.scenario.Durations;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.SimulationFork;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldRegistry;
import dev.podium.timeline.AtomicFiles;
import dev.podium.timeline.Recording;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingException;
import dev.podium.timeline.RecordingReader;
import dev.podium.timeline.WorldEvent;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium fork <recording.jsonl> [--at 5m] --out scenario.yaml}: replays the recording's events of the first
 * world that can continue as a simulation (today Kubernetes) up to {@code --at} (default: that world's last event)
 * and writes that world as a scenario ({@link World#fork}), checked by loading it back. Exit codes: 0 written, 1 an unreadable recording, one with
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

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the scenario file to write (no extension: .podium.yaml)")
    private Path out;

    @Override
    public Integer call() {
        out = PodiumFiles.withDefaultExtension(out, PodiumFiles.SCENARIO);
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
        List<World> forkable = WorldRegistry.standard().all().stream().filter(World::canContinueAsSimulation)
                .toList();
        World world = null;
        long last = -1;
        for (World candidate : forkable) {
            for (WorldEvent e : recording.events()) {
                if (candidate.owns(e) && e.timeNanos() <= atNanos) {
                    last = Math.max(last, e.timeNanos());
                }
            }
            if (last >= 0) {
                world = candidate;
                break;
            }
        }
        if (world == null) {
            err.println(file + ": no " + String.join(" or ", forkable.stream().map(World::displayName).toList())
                    + " events" + (at == null ? "" : " at or before " + at) + "; expected a recording of the "
                    + String.join(" or ", forkable.stream().map(World::name).toList())
                    + " world (podium record, or podium run of such a scenario)");
            return PodiumCli.INPUT_PROBLEM;
        }
        long forkedAt = at == null ? last : atNanos;
        String label = recording.header().scenario() == null || recording.header().scenario().isBlank()
                ? file.getFileName().toString() : recording.header().scenario();
        SimulationFork fork;
        try {
            fork = world.fork(recording.toTimeline(), forkedAt, label).orElse(null);
            if (fork == null) {
                err.println(file + ": its " + world.displayName() + " events cannot continue as a simulation (a "
                        + world.displayName() + " recording continues only when imported from a real log)");
                return PodiumCli.INPUT_PROBLEM;
            }
        } catch (ScenarioException e) {
            err.println("podium: the forked scenario does not load (a bug): " + e.getMessage());
            return 3;
        }
        String yaml = fork.yaml();
        try {
            write(out, yaml);
        } catch (IOException e) {
            err.println(out + ": cannot write the scenario: " + e.getMessage());
            return PodiumCli.INPUT_PROBLEM;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("forked " + file + " at " + Durations.format(forkedAt) + ": " + fork.summary());
        o.println("scenario: " + out + " (podium run " + out + ")");
        return 0;
    }

    /** Writes to a temporary file beside {@code target}, then moves it into place. */
    private static void write(Path target, String text) throws IOException {
        AtomicFiles.write(target, out -> out.write(text));
    }
}
