package dev.podium.world.gc;

import static dev.podium.world.gc.GcRuns.S;
import static dev.podium.world.gc.GcRuns.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.EventTypes;
import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Same seed, same events; the events carry only integers and text; the projection folds them consistently. */
class GcDeterminismAndProjectionTest {
    private static final GcRuns.Builder BUSY = GcRuns.quiet().rate(400).session(50_000, 8 * S).cache(20_000).ihop(25);

    private static List<WorldEvent> busyRun(long seed) {
        return BUSY.run(seed, 40 * S, s -> {
            s.at(10 * S, m -> m.allocationBurst(3000, 5 * S));
            s.at(30 * S, GcModel::systemGc);
        });
    }

    @Test
    void theSameSeedGivesTheSameEventsAndAnotherSeedOthers() {
        List<WorldEvent> first = busyRun(42);
        assertEquals(first, busyRun(42));
        assertNotEquals(first, busyRun(43));
        assertTrue(all(first, GcPauseEnded.class).size() > 20);
    }

    @Test
    void eventsHoldNoFloatingPointAndRecordTheSameBytesBack() {
        Set<Class<?>> allowed = Set.of(long.class, int.class, boolean.class, String.class, PauseKind.class,
                GcCause.class, Collector.class, java.util.SortedMap.class);
        for (Class<? extends WorldEvent> type : GcEvent.types()) {
            for (RecordComponent c : type.getRecordComponents()) {
                boolean integers = c.getType() == List.class && c.getGenericType()
                        instanceof java.lang.reflect.ParameterizedType p
                        && p.getActualTypeArguments()[0] == Integer.class;
                assertTrue(allowed.contains(c.getType()) || integers, type.getSimpleName() + "." + c.getName());
            }
        }
        RecordingCodec codec = new RecordingCodec(new EventTypes().register(GcEvent.types()));
        List<WorldEvent> events = new java.util.ArrayList<>(busyRun(42));
        for (Collector c : List.of(Collector.PARALLEL, Collector.Z)) { // their events too, and determinism
            List<WorldEvent> run = GcRuns.quiet().rate(400).session(100_000, 5 * S).with(p -> p.withCollector(c))
                    .run(42, 20 * S);
            assertEquals(run, GcRuns.quiet().rate(400).session(100_000, 5 * S).with(p -> p.withCollector(c))
                    .run(42, 20 * S), "same seed, same " + c + " run");
            events.addAll(run);
        }
        for (WorldEvent e : events) {
            String line = codec.encode(e);
            assertEquals(e, codec.decode(line), line);
            assertEquals(line, codec.encode(codec.decode(line)));
        }
    }

    @Test
    void theFoldedRegionTableMatchesTheMapEachPauseCarries() {
        List<WorldEvent> events = busyRun(42);
        GcProjection projection = new GcProjection();
        GcState state = projection.initial();
        for (WorldEvent e : events) {
            projection.apply(state, e);
            if (e instanceof GcPauseEnded p) {
                RegionKind[] expected = new RegionKind[state.regionCount()];
                RegionMap.decode(p.regionMap(), expected);
                int free = 0;
                for (int r = 0; r < expected.length; r++) {
                    assertEquals(expected[r], state.region(r));
                    free += expected[r] == RegionKind.FREE ? 1 : 0;
                }
                assertEquals(free, state.regions(RegionKind.FREE));
                assertEquals(p.heapAfterBytes(), state.usedBytes() - state.regions(RegionKind.EDEN)
                        * state.regionBytes());
            }
        }
        assertEquals(all(events, GcPauseEnded.class).size(), state.pauseCount());
    }

    @Test
    void seekingBackAndForthGivesTheStateOfAFreshFold() {
        List<WorldEvent> events = busyRun(42);
        Timeline timeline = new Timeline();
        events.forEach(timeline::append);
        timeline.advanceEnd(40 * S);
        ProjectedState<GcState> projected = new ProjectedState<>(timeline, new GcProjection(), 256);
        for (long t : new long[] {35 * S, 5 * S, 31 * S, 12 * S, 39 * S, 0}) {
            GcState seen = projected.at(t);
            GcState fresh = GcRuns.fold(events.stream().filter(e -> e.timeNanos() <= t).toList());
            assertEquals(fresh.pauseCount(), seen.pauseCount(), "pauses at " + t);
            assertEquals(fresh.usedBytes(), seen.usedBytes(), "used at " + t);
            assertEquals(fresh.windowPercentile(990_000), seen.windowPercentile(990_000), "p99 at " + t);
            assertEquals(fresh.latency().size(), seen.latency().size(), "latency points at " + t);
            for (RegionKind kind : RegionKind.values()) {
                assertEquals(fresh.regions(kind), seen.regions(kind), kind + " at " + t);
            }
        }
    }

    @Test
    void theWindowPercentilesCoverTheLastSecondOfTallies() {
        GcState s = new GcProjection().initial();
        GcProjection projection = new GcProjection();
        long ms = 1_000_000L;
        // 99 fast requests and one slow one in the first tally; then a second of 100 fast ones per tally.
        projection.apply(s, new RequestsTallied(50 * ms, 100, 100, 0, 0, 900 * ms, new TreeMap<>(Map.of(
                LatencyHistogram.bucketOf(10 * ms), 99, LatencyHistogram.bucketOf(900 * ms), 1))));
        assertEquals(LatencyHistogram.upperBoundOf(LatencyHistogram.bucketOf(900 * ms)), s.windowPercentile(999_000));
        assertTrue(s.windowPercentile(500_000) >= 10 * ms && s.windowPercentile(500_000) < 11 * ms);
        for (long t = 100; t <= 1050; t += 50) {
            projection.apply(s, new RequestsTallied(t * ms, 100, 100, 0, 0, 10 * ms,
                    new TreeMap<>(Map.of(LatencyHistogram.bucketOf(10 * ms), 100))));
        }
        assertTrue(s.windowPercentile(999_000) < 11 * ms, "the slow request left the window after a second");
        assertEquals(2000, s.windowCount());
        assertEquals(900 * ms, s.maxLatencyNanos(), "the run's maximum stays");
        assertTrue(s.runPercentile(1_000_000) >= 900 * ms);
    }

    @Test
    void histogramBucketsAreWithinAThirtySecondOfTheValue() {
        long previousBound = -1;
        for (int b = 0; b <= LatencyHistogram.bucketOf(Long.MAX_VALUE); b++) {
            long upper = LatencyHistogram.upperBoundOf(b);
            assertTrue(upper > previousBound, "bounds increase at " + b);
            assertEquals(b, LatencyHistogram.bucketOf(upper));
            assertEquals(b, LatencyHistogram.bucketOf(previousBound + 1));
            long lower = previousBound + 1;
            assertTrue(upper - lower <= Math.max(0, lower / 32), "bucket " + b + " spans " + lower + ".." + upper);
            previousBound = upper;
        }
        LatencyHistogram h = new LatencyHistogram();
        for (long v = 1; v <= 1000; v++) {
            h.record(v * 1_000_000L);
        }
        long p99 = h.percentile(990_000);
        assertTrue(p99 >= 990_000_000L && p99 <= 990_000_000L * 33 / 32, Long.toString(p99));
    }

    @Test
    void regionMapsRoundTrip() {
        RegionKind[] kinds = {RegionKind.OLD, RegionKind.OLD, RegionKind.FREE, RegionKind.HUMONGOUS,
            RegionKind.SURVIVOR, RegionKind.EDEN, RegionKind.EDEN};
        String map = RegionMap.encode(kinds);
        assertEquals("O2F1H1S1E2", map);
        RegionKind[] back = new RegionKind[kinds.length];
        RegionMap.decode(map, back);
        assertEquals(List.of(kinds), List.of(back));
    }
}
