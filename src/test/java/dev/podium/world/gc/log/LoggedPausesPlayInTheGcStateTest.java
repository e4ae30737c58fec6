package dev.podium.world.gc.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.gc.GcPause;
import dev.podium.world.gc.GcProjection;
import dev.podium.world.gc.GcState;
import dev.podium.world.gc.LoggedPause;
import dev.podium.world.gc.PauseKind;
import dev.podium.world.gc.RegionKind;
import org.junit.jupiter.api.Test;

/** An imported log folds into the same state the GC views draw: pauses on the timeline, heap after, causes. */
class LoggedPausesPlayInTheGcStateTest {

    @Test
    void aRealG1LogFoldsIntoPausesWithKindsHeapAndLoggedCauses() throws Exception {
        GcProjection projection = new GcProjection();
        GcState s = projection.initial();
        GcLogSummary summary = GcLogReader.read(RuntimeCounters.resource("jdk17-g1-gcstar.log"),
                e -> projection.apply(s, e));
        assertTrue(s.configured());
        assertEquals(summary.pauses(), s.pauseCount());
        assertEquals(summary.pauseTotalNanos(), s.totalPauseNanos());
        assertEquals(summary.pauseMaxNanos(), s.maxPauseNanos());
        assertEquals(256L << 20, s.heapBytes());
        GcPause last = s.pauses().get(s.pauseCount() - 1);
        LoggedPause logged = s.loggedPause(s.pauseCount() - 1);
        assertEquals(logged.timeNanos() - logged.durationNanos(), last.startNanos());
        assertEquals(logged.heapAfterBytes(), last.heapAfterBytes());
        assertEquals(logged.heapAfterBytes(), s.usedBytes());
        long full = s.pauses().stream().filter(p -> p.kind() == PauseKind.FULL).count();
        assertEquals(1, full);
        assertEquals(1, s.fullGcCount());
        assertEquals((logged.heapAfterBytes() + s.regionBytes() - 1) / s.regionBytes(), s.regions(RegionKind.OLD));
        assertEquals(s.regionCount(), s.regions(RegionKind.OLD) + s.regions(RegionKind.FREE));
    }

    @Test
    void concurrentCollectorsPausesTakeTheConcurrentCycleColour() throws Exception {
        GcProjection projection = new GcProjection();
        GcState s = projection.initial();
        GcLogReader.read(RuntimeCounters.resource("jdk17-z-gcstar.log"), e -> projection.apply(s, e));
        assertTrue(s.pauses().stream().allMatch(p -> p.kind().family() == PauseKind.Family.CONCURRENT_CYCLE));
        assertTrue(s.concurrentCycles() > 0);
        assertEquals("Pause Mark Start", s.loggedPause(0).name());
    }
}
