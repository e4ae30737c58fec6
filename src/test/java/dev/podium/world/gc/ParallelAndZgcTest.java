package dev.podium.world.gc;

import static dev.podium.world.gc.GcRuns.MIB;
import static dev.podium.world.gc.GcRuns.MS;
import static dev.podium.world.gc.GcRuns.S;
import static dev.podium.world.gc.GcRuns.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Parallel collector (young pauses, long Full GCs when old fills) and ZGC (short pauses, cycles, stalls). */
class ParallelAndZgcTest {

    @Test
    void parallelCopiesYoungAtEachPauseAndCompactsOldOnlyInAFullGc() {
        // A cache that keeps a tenth of every allocation: old fills and only a Full GC can make room.
        List<WorldEvent> events = GcRuns.quiet().heap(512 * MIB).cache(100_000).with(p -> p.withCollector(
                Collector.PARALLEL)).run(21, 60 * S);
        List<GcPauseEnded> pauses = all(events, GcPauseEnded.class);
        Set<PauseKind> kinds = pauses.stream().map(GcPauseEnded::kind).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(PauseKind.class)));
        assertEquals(EnumSet.of(PauseKind.PARALLEL_YOUNG, PauseKind.FULL), kinds, "no concurrent cycle, no mixed");
        assertTrue(pauses.stream().filter(p -> p.kind() == PauseKind.PARALLEL_YOUNG)
                .allMatch(p -> p.cause() == GcCause.ALLOCATION_FAILURE));
        List<GcPauseEnded> fulls = pauses.stream().filter(p -> p.kind() == PauseKind.FULL).toList();
        assertFalse(fulls.isEmpty(), "old fills");
        long longestYoung = pauses.stream().filter(p -> p.kind() == PauseKind.PARALLEL_YOUNG)
                .mapToLong(GcPauseEnded::durationNanos).max().orElseThrow();
        assertTrue(fulls.get(0).durationNanos() > longestYoung, "a Full GC compacts all of old: longer");
        assertTrue(all(events, ConcurrentMarkStarted.class).isEmpty());
        // Young is a third of the heap (NewRatio 2): 512 regions, 170 young, eden 8/10 of them.
        GcConfigured c = all(events, GcConfigured.class).get(0);
        assertEquals(Collector.PARALLEL, c.collector());
        assertEquals(170 - 2 * 17, c.edenTargetRegions());
        for (GcPauseEnded p : pauses) {
            if (p.kind() == PauseKind.PARALLEL_YOUNG && !p.toSpaceExhausted()) {
                RegionKind[] regions = new RegionKind[512];
                RegionMap.decode(p.regionMap(), regions);
                long old = java.util.Arrays.stream(regions).filter(k -> k == RegionKind.OLD).count();
                assertTrue(old <= 512 - 170, "old stays in its generation: " + old);
            }
        }
    }

    @Test
    void zgcPausesAreSubMillisecondAndItsCyclesRunBesideTheRequests() {
        List<WorldEvent> events = GcRuns.quiet().session(50_000, 5 * S).with(p -> p.withCollector(Collector.Z))
                .run(23, 60 * S);
        List<GcPauseEnded> pauses = all(events, GcPauseEnded.class);
        assertFalse(pauses.isEmpty());
        assertTrue(pauses.stream().allMatch(p -> p.kind().family() == PauseKind.Family.CONCURRENT_CYCLE
                && p.durationNanos() < MS), "ZGC stops the world for well under a millisecond");
        List<ZCycleStarted> started = all(events, ZCycleStarted.class);
        List<ZCycleEnded> ended = all(events, ZCycleEnded.class);
        assertTrue(started.size() >= 3 && ended.size() >= started.size() - 1, started.size() + " cycles");
        assertEquals(List.of(GcCause.Z_WARMUP, GcCause.Z_WARMUP, GcCause.Z_WARMUP),
                started.subList(0, 3).stream().map(ZCycleStarted::cause).toList(), "three warm-up cycles first");
        assertTrue(started.stream().skip(3).allMatch(z -> z.cause() == GcCause.Z_ALLOCATION_RATE));
        for (ZCycleEnded z : ended) {
            List<PauseKind> cycle = pauses.stream().filter(p -> p.gcId() == z.gcId()).map(GcPauseEnded::kind).toList();
            assertEquals(List.of(PauseKind.Z_MARK_START, PauseKind.Z_MARK_END, PauseKind.Z_RELOCATE_START), cycle);
            assertTrue(z.usedAfterBytes() < 1024 * MIB / 2, "relocation freed the garbage: " + z.usedAfterBytes());
        }
        assertTrue(all(events, OutOfMemoryErrorThrown.class).isEmpty());
    }

    @Test
    void zgcStallsAllocationWhenTheHeapRunsOutBeforeItsCycleEnds() {
        // Ten times the allocation on a small heap with one CPU: free memory lasts less than a cycle.
        List<WorldEvent> events = GcRuns.quiet().heap(256 * MIB).rate(1000).session(300_000, 10 * S)
                .with(p -> p.withCollector(Collector.Z)).run(29, 30 * S);
        List<GcPauseEnded> stalls = all(events, GcPauseEnded.class).stream()
                .filter(p -> p.kind() == PauseKind.ALLOCATION_STALL).toList();
        assertFalse(stalls.isEmpty(), "allocation outruns ZGC");
        GcPauseEnded stall = stalls.get(0);
        assertEquals(GcCause.Z_ALLOCATION_STALL, stall.cause());
        int at = events.indexOf(stall);
        assertTrue(events.get(at - 1) instanceof ZCycleEnded, "the stall ends when the cycle frees memory");
        assertTrue(stall.durationNanos() > MS, "a stall is not sub-millisecond: " + stall.durationNanos());
        long longest = all(events.subList(at, events.size()), RequestsTallied.class).stream().limit(4)
                .mapToLong(RequestsTallied::maxLatencyNanos).max().orElseThrow();
        assertTrue(longest >= stall.durationNanos(), "a request waited the whole stall: " + longest + " vs "
                + stall.durationNanos());
    }
}
