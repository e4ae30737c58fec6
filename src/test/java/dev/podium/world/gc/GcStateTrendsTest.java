package dev.podium.world.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What the GC view's trend panels read, folded from hand-made events: the original log's pauses beside a simulated
 * run's own, the heap saw-tooth, Go's mark phases and GC CPU share, and the per-second latency bins.
 */
class GcStateTrendsTest {
    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;
    private static final long MB = 1L << 20;
    private final GcProjection projection = new GcProjection();

    private static GcConfigured configured(Collector collector) {
        return new GcConfigured(0, 1024 * MB, 4 * MB, 256, 200, 45, 15, 4, 1, false, 8, MS, 5 * MS, 64 * 1024,
                0, 0, 0, 20, "F256", collector);
    }

    private GcState fold(List<WorldEvent> events) {
        GcState s = projection.initial();
        for (WorldEvent e : events) {
            projection.apply(s, e);
        }
        return s;
    }

    private static RequestsTallied tally(long atNanos, long latencyNanos, int count) {
        TreeMap<Integer, Integer> buckets = new TreeMap<>();
        buckets.put(LatencyHistogram.bucketOf(latencyNanos), count);
        return new RequestsTallied(atNanos, count, count, 0, 1, latencyNanos, buckets);
    }

    @Test
    void aSimulatedRunKeepsTheLogsPausesApartFromItsOwn() {
        GcState s = fold(List.of(configured(Collector.G1),
                new LoggedPause(2 * S, 1, "Pause Young (Normal)", "G1 Evacuation Pause", 300 * MB, 100 * MB,
                        1024 * MB, 40 * MS),
                new LoggedPause(9 * S, 2, "Pause Full", "G1 Compaction Pause", 900 * MB, 600 * MB, 1024 * MB,
                        2 * S),
                new GcPauseStarted(3 * S, 0, PauseKind.YOUNG, GcCause.EVACUATION, 200 * MB, 5, 0),
                new GcPauseEnded(3 * S + 20 * MS, 0, PauseKind.YOUNG, GcCause.EVACUATION, 200 * MB, 80 * MB,
                        1024 * MB, 20 * MS, 10 * MB, 0, false, 20, 15, "F256")));

        assertEquals(1, s.pauses().size(), "only the simulated pause is a pause of this run");
        assertEquals(20 * MS, s.totalPauseNanos(), "the log's pauses do not count in the run's totals");
        assertEquals(2, s.originalPauses().size());
        assertEquals("Pause Full", s.originalPauses().get(1).name());
        assertEquals(7 * S, s.originalPauses().get(1).timeNanos() - s.originalPauses().get(1).durationNanos());
        assertNull(s.loggedPause(0), "the simulated pause has no logged pause behind it");
        assertEquals(1024 * MB, s.heapBytes(), "the log's heap figures leave the configured heap alone");
    }

    @Test
    void aPlainImportedLogStillFoldsItsPausesAsTheRunsOwn() {
        LoggedPause young = new LoggedPause(2 * S, 1, "Pause Young (Normal)", "G1 Evacuation Pause", 300 * MB,
                100 * MB, 1024 * MB, 40 * MS);
        GcState s = fold(List.of(young));
        assertEquals(1, s.pauses().size());
        assertTrue(s.originalPauses().isEmpty());
        assertEquals(young, s.loggedPause(0));
        assertEquals(2, s.heapTrend().size(), "before and after the logged pause");
        assertEquals(100 * MB, s.heapTrend().get(1).usedBytes());
    }

    @Test
    void pausesDrawTheHeapSawToothWithTheHeapAfterEachGcFlagged() {
        GcState s = fold(List.of(configured(Collector.G1),
                new GcPauseStarted(3 * S, 0, PauseKind.YOUNG, GcCause.EVACUATION, 200 * MB, 5, 0),
                new GcPauseEnded(3 * S + 20 * MS, 0, PauseKind.YOUNG, GcCause.EVACUATION, 200 * MB, 80 * MB,
                        1024 * MB, 20 * MS, 10 * MB, 0, false, 20, 15, "F256"),
                new GcPauseStarted(5 * S, 1, PauseKind.YOUNG, GcCause.EVACUATION, 210 * MB, 5, 0),
                new GcPauseEnded(5 * S + 30 * MS, 1, PauseKind.YOUNG, GcCause.EVACUATION, 210 * MB, 95 * MB,
                        1024 * MB, 30 * MS, 10 * MB, 0, false, 20, 15, "F256")));
        HeapTrend trend = s.heapTrend();
        assertEquals(4, trend.size());
        assertEquals(new HeapTrend.Point(3 * S, 200 * MB, false), trend.get(0));
        assertEquals(new HeapTrend.Point(3 * S + 20 * MS, 80 * MB, true), trend.get(1));
        assertEquals(new HeapTrend.Point(5 * S + 30 * MS, 95 * MB, true), trend.get(3));
    }

    @Test
    void goCyclesKeepTheirGoalAssistsLiveHeapAndCpu() {
        GcState s = fold(List.of(configured(Collector.GO),
                new GoGcCycleStarted(1 * S, 1, GcCause.GO_HEAP_TRIGGER, 90 * MB, 100 * MB, 90 * MB, 150),
                new GoGcCycleEnded(1 * S + 400 * MS, 1, 400 * MS, 50 * MB, 60 * MB, 100 * MB, "F256"),
                new GoGcCycleStarted(3 * S, 2, GcCause.GO_HEAP_TRIGGER, 95 * MB, 100 * MB, 90 * MB, 0)));
        List<MarkPhase> phases = s.markPhases();
        assertEquals(2, phases.size());
        assertEquals(new MarkPhase(1 * S, 1 * S + 400 * MS, 100 * MB, 150, 50 * MB), phases.get(0));
        assertTrue(phases.get(1).running());
        // 400 ms at 25 % + 15 %, then 1 s of the running cycle at 25 %: 160 ms + 250 ms of CPU in 4 s
        assertEquals((160 + 250) * 1000 / 4000, s.gcCpuPerMille(4 * S));
        assertEquals(60 * MB, s.heapTrend().get(1).usedBytes());
        assertTrue(s.heapTrend().get(1).afterGc());
    }

    @Test
    void theLatencyBinsOfTheLastTenSecondsLeaveOlderSecondsOut() {
        GcState s = fold(List.of(configured(Collector.G1), tally(500 * MS, 2 * MS, 100),
                tally(5 * S + 500 * MS, 3 * MS, 1000), tally(14 * S + 100 * MS, 600 * MS, 10)));
        long[] bins = new long[RecentLatencies.BINS];
        RecentLatencies recent = s.recentLatencies();
        assertEquals(1010, recent.sum(14 * S + 500 * MS, 10, bins), "seconds 5 to 14: the first tally is out");
        long p50 = RecentLatencies.percentile(bins, 1010, 500_000);
        assertTrue(p50 >= 3 * MS && p50 < 3 * MS * 107 / 100, "p50 in 3 ms's bin: " + p50);
        long p999 = RecentLatencies.percentile(bins, 1010, 999_000);
        assertTrue(p999 >= 600 * MS && p999 < 600 * MS * 107 / 100, "p99.9 in 600 ms's bin: " + p999);
        assertEquals(1100, recent.sum(9 * S, 10, bins), "at 9 s: seconds 0 to 8, not the later tally");
    }

    @Test
    void aCopyKeepsItsLatencyBinsWhenTheOriginalGoesOn() {
        GcState s = fold(List.of(configured(Collector.G1), tally(500 * MS, 2 * MS, 100)));
        GcState copy = projection.copy(s);
        projection.apply(s, tally(800 * MS, 2 * MS, 50));
        long[] bins = new long[RecentLatencies.BINS];
        assertEquals(100, copy.recentLatencies().sum(S, 10, bins));
        assertEquals(150, s.recentLatencies().sum(S, 10, bins));
        assertFalse(copy.heapTrend().size() > 0);
    }

    @Test
    void binsTileTheAxisWithoutGaps() {
        for (int b = 0; b + 1 < RecentLatencies.BINS; b++) {
            assertEquals(RecentLatencies.upperBoundOf(b) + 1, RecentLatencies.lowerBoundOf(b + 1));
        }
        for (long v : new long[] {64, 1000, 1_234_567, 999_999_999L, 30 * S}) {
            int bin = RecentLatencies.binOfBucket(LatencyHistogram.bucketOf(v));
            assertTrue(RecentLatencies.lowerBoundOf(bin) <= v && v <= RecentLatencies.upperBoundOf(bin), v + "");
        }
    }
}
