package dev.podium.scenario.goruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.Recording;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.RecordingReader;
import dev.podium.timeline.RecordingWriter;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.GoProgramLoaded;
import dev.podium.world.goruntime.state.GoProjection;
import dev.podium.world.goruntime.state.GoState;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * A recording of a Go run carries the program's source and every goroutine's line, so a replay shows the code
 * without the file (here the program is inline in a scenario that exists only in memory).
 */
class GoRecordingSourceTest {

    private static ScenarioRun liveRun() throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.parse("inline.yaml", GoInterventionsTest.scenario(
                "actions:\n  - at: 50us\n    do: blockSyscall\n    goroutine: 2\n    for: 300us\n")));
        run.runToEnd();
        return run;
    }

    private static String record() throws Exception {
        ScenarioRun run = liveRun();
        StringWriter text = new StringWriter();
        new RecordingWriter(new RecordingCodec(ScenarioRun.eventTypes())).writeTo(text,
                RecordingHeader.simulation("inline", 1), run.timeline().events());
        return text.toString();
    }

    @Test
    void aReplayedRecordingHasTheSourceAndEachGoroutinesLine() throws Exception {
        String text = record();
        Recording back = new RecordingReader(new RecordingCodec(ScenarioRun.eventTypes()))
                .read("inline.jsonl", new StringReader(text));
        assertEquals(java.util.List.of(), back.warnings());
        GoProgramLoaded loaded = back.events().stream().filter(GoProgramLoaded.class::isInstance)
                .map(GoProgramLoaded.class::cast).findFirst().orElseThrow();
        assertEquals(0, loaded.timeNanos());
        assertTrue(loaded.source().startsWith("package main\n"), loaded.source());
        GoState at = new ProjectedState<>(back.toTimeline(), new GoProjection()).at(100_000);
        assertEquals(loaded.source(), at.source(), "the state a view reads holds the source");
        String[] lines = at.source().split("\n", -1);
        assertEquals(GStatus.SYSCALL, at.status(2), "G2 is in the blocked system call at 100 us");
        int line = at.line(2);
        assertTrue(line > 0 && lines[line - 1].contains("podium.Work"),
                "G2's line is in the source it was cut at: " + line);
        // every goroutine's line mark comes from the events, so the replay marks the lines the live run did
        ProjectedState<GoState> live = new ProjectedState<>(liveRun().timeline(), new GoProjection());
        ProjectedState<GoState> replay = new ProjectedState<>(back.toTimeline(), new GoProjection());
        for (long t : new long[] {0, 40_000, 100_000, 400_000, 1_200_000, 2_500_000}) {
            GoState a = live.at(t);
            GoState b = replay.at(t);
            for (long g = 1; g <= a.maxGoid(); g++) {
                assertEquals(a.line(g), b.line(g), "G" + g + " at " + t);
                assertEquals(a.status(g), b.status(g), "G" + g + " at " + t);
            }
        }
    }

    @Test
    void theRecordingIsByteIdenticalForTheSameScenario() throws Exception {
        assertEquals(record(), record());
    }
}
