package dev.podium.world.gc;

import static dev.podium.world.gc.GcRuns.MIB;
import static dev.podium.world.gc.GcRuns.S;
import static dev.podium.world.gc.GcRuns.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** G1's humongous objects (contiguous regions, eager reclaim, marking they start) and its adaptive IHOP. */
class G1HumongousAndIhopTest {

    @Test
    void anObjectOfMoreThanHalfARegionTakesContiguousRegionsAndIsReclaimedEagerly() {
        List<WorldEvent> events = GcRuns.quiet().with(p -> p.withLargeObjects(200_000, 3 * MIB - 1)).run(3, 20 * S);
        List<HumongousAllocated> allocated = all(events, HumongousAllocated.class);
        assertTrue(allocated.size() > 400, "about a fifth of 4,000 requests: " + allocated.size());
        assertTrue(allocated.stream().allMatch(h -> h.regions() == 3), "3 MB less a byte in 1 MB regions is 3");
        List<HumongousReclaimed> reclaimed = all(events, HumongousReclaimed.class);
        assertFalse(reclaimed.isEmpty(), "young pauses reclaim the dead ones");
        int at = events.indexOf(reclaimed.get(0));
        GcPauseEnded pause = (GcPauseEnded) events.get(at + 1);
        assertEquals(reclaimed.get(0).gcId(), pause.gcId(), "reported just before the pause that reclaimed them");
        assertTrue(pause.kind().evacuatesYoung());
        GcState s = GcRuns.fold(events.subList(0, events.indexOf(allocated.get(0)) + 1));
        assertEquals(3, s.regions(RegionKind.HUMONGOUS), "the view shows the regions humongous at once");

        List<WorldEvent> halfRegion = GcRuns.quiet().with(p -> p.withLargeObjects(200_000, MIB / 2)).run(3, 5 * S);
        assertTrue(all(halfRegion, HumongousAllocated.class).isEmpty(), "exactly half a region is not humongous");
    }

    @Test
    void aHumongousAllocationPastTheThresholdStartsMarkingAtOnce() {
        List<WorldEvent> events = GcRuns.quiet().ihop(1).with(p -> p.withLargeObjects(300_000, 4 * MIB))
                .run(5, 10 * S);
        GcPauseEnded start = all(events, GcPauseEnded.class).stream()
                .filter(p -> p.kind() == PauseKind.CONCURRENT_START).findFirst().orElseThrow();
        assertEquals(GcCause.HUMONGOUS_ALLOCATION, start.cause(), "G1 logs (G1 Humongous Allocation)");
        int at = events.indexOf(start);
        assertTrue(events.get(at + 1) instanceof ConcurrentMarkStarted);
    }

    @Test
    void adaptiveIhopLearnsFromThreeMarkingCyclesAndMovesTheThreshold() {
        GcRuns.Builder load = GcRuns.quiet().rate(200).session(300_000, 3 * S).maxTenuring(0).ihop(30);
        List<ConcurrentMarkStarted> fixed = all(load.run(11, 120 * S), ConcurrentMarkStarted.class);
        assertTrue(fixed.size() >= 5, "enough cycles to learn from: " + fixed.size());
        assertTrue(fixed.stream().allMatch(m -> m.thresholdBytes() == 1024 * MIB / 100 * 30), "IHOP 30 stays");

        List<WorldEvent> events = load.with(p -> p.withAdaptiveIhop(true)).run(11, 120 * S);
        List<ConcurrentMarkStarted> adaptive = all(events, ConcurrentMarkStarted.class);
        long mixedCycles = all(events, ConcurrentMarkEnded.class).stream().filter(ConcurrentMarkEnded::mixedPlanned)
                .count();
        assertTrue(mixedCycles >= 3, "three measured cycles: " + mixedCycles);
        for (int i = 0; i < Math.min(3, adaptive.size()); i++) {
            assertEquals(1024 * MIB / 100 * 30, adaptive.get(i).thresholdBytes(), "the initial IHOP until 3 samples");
        }
        ConcurrentMarkStarted learned = adaptive.get(adaptive.size() - 1);
        long target = 1024 * MIB / 100 * 85;
        assertTrue(learned.thresholdBytes() != 1024 * MIB / 100 * 30 && learned.thresholdBytes() < target,
                "the predicted threshold: " + learned.thresholdBytes());
    }
}
