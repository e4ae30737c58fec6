package dev.podium.cli;

import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.Recording;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingException;
import dev.podium.timeline.RecordingReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code podium replay <rec.jsonl>}: reads a recording and prints its summary. */
@Command(name = "replay", description = "Reads a recording and prints its summary.")
final class ReplayCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RECORDING", description = "a recording (JSON Lines)")
    private Path file;

    @Override
    public Integer call() {
        Recording recording;
        try {
            recording = new RecordingReader(new RecordingCodec(ScenarioRun.eventTypes())).read(file);
        } catch (RecordingException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return PodiumCli.INPUT_PROBLEM;
        }
        recording.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        PrintWriter o = spec.commandLine().getOut();
        o.println("recording: " + file);
        o.println("source:    " + recording.header().source() + ", scenario " + recording.header().scenario()
                + ", seed " + recording.header().seed()
                + (recording.header().created() == null ? "" : ", created " + recording.header().created()));
        long end = recording.events().isEmpty() ? 0 : recording.events().get(recording.events().size() - 1).timeNanos();
        new RunSummary(recording.events(), end).print(o);
        return 0;
    }
}
