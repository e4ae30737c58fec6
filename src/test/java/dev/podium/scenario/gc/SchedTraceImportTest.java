package dev.podium.scenario.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.LogImports;
import dev.podium.scenario.WorldRegistry;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.gc.GcProjection;
import dev.podium.world.gc.GcState;
import dev.podium.world.gc.LoggedPause;
import dev.podium.world.gc.SchedTraced;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Go scheduler trace imports as a recording of {@link SchedTraced} samples, merged in time with gctrace. */
class SchedTraceImportTest {

    private static List<WorldEvent> events(String name) throws Exception {
        Path file = Path.of(SchedTraceImportTest.class.getResource("/gclogs/" + name).toURI());
        LogImports.InMemory in = LogImports.inMemory(file, WorldRegistry.standard());
        assertTrue(in.log().playable(), String.valueOf(in.log().unplayable()));
        return in.recording().events();
    }

    @Test
    void aSchedtraceAlonePlaysEachSampleWithItsRunQueues() throws Exception {
        List<WorldEvent> events = events("go1.19-schedtrace.txt");
        assertEquals(10, events.size());
        // SCHED 106ms: gomaxprocs=2 idleprocs=0 threads=5 spinningthreads=0 idlethreads=1 runqueue=3 [0 0]
        SchedTraced second = (SchedTraced) events.get(1);
        assertEquals(106_000_000L, second.timeNanos());
        assertEquals(3, second.globalRunQueue());
        assertEquals(List.of(0, 0), second.localRunQueues());
        assertEquals(5, second.threads());
        assertEquals(1, second.idleThreads());
        SchedTraced first = (SchedTraced) events.get(0);
        assertEquals(List.of(2, 0), first.localRunQueues());
        assertEquals(1, first.spinningThreads());
    }

    @Test
    void theGcStateAtATimeHoldsTheSamplesUpToIt() throws Exception {
        GcProjection projection = new GcProjection();
        GcState s = projection.initial();
        for (WorldEvent e : events("go1.19-schedtrace.txt")) {
            if (e.timeNanos() <= 420_000_000L) {
                projection.apply(s, e);
            }
        }
        // the last sample by 420 ms: SCHED 413ms: ... runqueue=2 [0 2]
        SchedTraced now = s.schedSamples().get(s.schedSamples().size() - 1);
        assertEquals(5, s.schedSamples().size());
        assertEquals(413_000_000L, now.timeNanos());
        assertEquals(2, now.globalRunQueue());
        assertEquals(List.of(0, 2), now.localRunQueues());
    }

    @Test
    void scheddetailTakesEachPsQueueFromItsPLine() throws Exception {
        List<WorldEvent> events = events("go1.19-scheddetail.txt");
        assertEquals(10, events.size());
        for (WorldEvent e : events) {
            SchedTraced t = (SchedTraced) e;
            assertEquals(t.gomaxprocs(), t.localRunQueues().size(), "one queue per P line: " + t);
        }
    }

    @Test
    void samplesAndPausesOfAMixedTraceComeInTimeOrder() throws Exception {
        List<WorldEvent> events = events("go1.19-press-gctrace-schedtrace.txt");
        long sched = events.stream().filter(SchedTraced.class::isInstance).count();
        long pauses = events.stream().filter(LoggedPause.class::isInstance).count();
        assertEquals(9, sched);
        assertTrue(pauses > 0);
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i - 1).timeNanos() <= events.get(i).timeNanos(), "event " + i + " goes back: " + events.subList(Math.max(0, i - 3), i + 1));
        }
    }
}
