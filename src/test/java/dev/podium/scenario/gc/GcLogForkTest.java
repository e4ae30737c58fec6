package dev.podium.scenario.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.SimulationFork;
import dev.podium.timeline.Timeline;
import dev.podium.world.gc.GcConfigured;
import dev.podium.world.gc.GcPauseEnded;
import dev.podium.world.gc.LoggedPause;
import dev.podium.world.gc.log.GcLogReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * File > Continue as Simulation on an imported GC log: the GC world fits the log's pauses up to the playhead and
 * returns a scenario that simulates the fitted service with those pauses written into {@code replayLogText}.
 */
class GcLogForkTest {

    private static Timeline imported(String name) throws Exception {
        Path log = Path.of(GcLogForkTest.class.getResource("/gclogs/" + name).toURI());
        Timeline t = new Timeline();
        GcLogReader.read(log, t::append);
        return t;
    }

    private static List<LoggedPause> logged(Timeline t) {
        return t.events().stream().filter(LoggedPause.class::isInstance).map(LoggedPause.class::cast).toList();
    }

    @Test
    void anImportedParallelLogContinuesAsAFittedSimulationThatReplaysItsPauses() throws Exception {
        Timeline timeline = imported("jdk17-parallel-gc.log");
        long at = 1_000_000_000L;
        List<LoggedPause> upTo = new ArrayList<>();
        timeline.events().stream().filter(e -> e instanceof LoggedPause && e.timeNanos() <= at)
                .forEach(e -> upTo.add((LoggedPause) e));
        SimulationFork fork = new GcWorld().fork(timeline, at, "jdk17-parallel-gc.log").orElseThrow();
        assertTrue(fork.yaml().contains("UseParallelGC: true"), fork.yaml());
        assertTrue(fork.yaml().contains("replayLogText: |"), fork.yaml());
        ScenarioRun run = ScenarioRun.start(fork.scenario());
        run.runToEnd();
        List<LoggedPause> replayed = logged(run.timeline());
        assertEquals(upTo.size(), replayed.size());
        for (int i = 0; i < upTo.size(); i++) {
            LoggedPause a = upTo.get(i);
            LoggedPause b = replayed.get(i);
            // Written as -Xlog:gc lines: names, causes and ids exact, sizes to the KiB, times to the ms and µs.
            assertEquals(a.name(), b.name());
            assertEquals(a.cause(), b.cause());
            assertEquals(a.gcId(), b.gcId());
            assertEquals(a.heapAfterBytes() >> 10, b.heapAfterBytes() >> 10);
            assertEquals(a.durationNanos() / 1000, b.durationNanos() / 1000);
            assertEquals(a.timeNanos() / 1_000_000, b.timeNanos() / 1_000_000);
        }
        assertTrue(run.timeline().events().get(0) instanceof GcConfigured);
        assertTrue(run.timeline().events().stream().anyMatch(GcPauseEnded.class::isInstance));
    }

    @Test
    void anImportedGoTraceContinuesAsAFittedGoServiceThatReplaysItsCyclesAsGctraceLines() throws Exception {
        Timeline timeline = imported("go1.19-gctrace-gogc50.txt");
        long at = timeline.events().get(timeline.events().size() - 1).timeNanos();
        List<LoggedPause> all = logged(timeline);
        SimulationFork fork = new GcWorld().fork(timeline, at, "gogc50.txt").orElseThrow();
        assertTrue(fork.yaml().contains("runtime: go") && fork.yaml().contains("GOGC: 50"), fork.yaml());
        assertTrue(fork.yaml().contains("replayLogText: |\n  gc 1 @"), fork.yaml());
        ScenarioRun run = ScenarioRun.start(fork.scenario());
        run.runToEnd();
        List<LoggedPause> replayed = logged(run.timeline());
        assertEquals(all.size(), replayed.size());
        for (int i = 0; i < all.size(); i++) {
            LoggedPause a = all.get(i);
            LoggedPause b = replayed.get(i);
            // Written as gctrace lines: names, ids, causes, sizes (whole MB) and durations exact; times within a
            // few µs (the importer keeps a trace's pauses in order where its rounded figures overlap)
            assertEquals(a.name(), b.name());
            assertEquals(a.gcId(), b.gcId());
            assertEquals(a.cause(), b.cause());
            assertEquals(a.heapAfterBytes(), b.heapAfterBytes());
            assertEquals(a.durationNanos(), b.durationNanos());
            assertTrue(Math.abs(a.timeNanos() - b.timeNanos()) <= 5_000, a + " replayed as " + b);
        }
        assertTrue(run.timeline().events().stream().anyMatch(GcPauseEnded.class::isInstance));
    }

    @Test
    void aTimelineWithoutLoggedPausesDoesNotFork() throws Exception {
        assertTrue(new GcWorld().fork(new Timeline(), Long.MAX_VALUE, "empty").isEmpty());
    }
}
