package dev.podium.world.gc;

import static dev.podium.world.gc.GcRuns.MIB;
import static dev.podium.world.gc.GcRuns.MS;
import static dev.podium.world.gc.GcRuns.S;
import static dev.podium.world.gc.GcRuns.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simplified G1's golden facts, each from a run driven on the kernel: what pauses cost and what they decide. */
class G1CollectionTest {

    private static List<GcPauseEnded> pauses(List<WorldEvent> events, PauseKind... kinds) {
        List<PauseKind> wanted = List.of(kinds);
        return all(events, GcPauseEnded.class).stream().filter(p -> wanted.contains(p.kind())).toList();
    }

    @Test
    void aYoungPauseLastsLongerTheMoreSurvivorsItCopies() {
        GcPauseEnded few = pauses(GcRuns.quiet().run(1, 20 * S), PauseKind.YOUNG).get(1);
        GcPauseEnded many = pauses(GcRuns.quiet().session(200_000, 60 * S).run(1, 20 * S), PauseKind.YOUNG).get(1);

        assertTrue(many.copiedBytes() > 10 * few.copiedBytes(), few.copiedBytes() + " vs " + many.copiedBytes());
        assertTrue(many.durationNanos() > few.durationNanos() + 10 * MS);
        // The cost model: fixed + per region + 1 ns per byte copied on each of the 2 GC threads.
        long copyNanos = many.copiedBytes() * G1Tuning.COPY_PICOS_PER_BYTE / 1000 / 2;
        assertTrue(many.durationNanos() >= G1Tuning.YOUNG_FIXED_NANOS + copyNanos, many.toString());
        assertTrue(many.durationNanos() < G1Tuning.YOUNG_FIXED_NANOS + copyNanos
                + 1024 * G1Tuning.PER_CSET_REGION_NANOS, "at most every region of the heap in the collection set");
    }

    @Test
    void survivorsAreKeptUntilTheTenuringAgeAndThenPromoted() {
        GcRuns.Builder sessions = GcRuns.quiet().session(20_000, 60 * S);
        List<GcPauseEnded> kept = pauses(sessions.run(3, 30 * S), PauseKind.YOUNG);
        assertEquals(0, kept.get(0).promotedBytes(), "the first pause copies survivors of age 0 to survivor regions");
        assertEquals(15, kept.get(0).tenuringThreshold(), "a small survivor space keeps the threshold at the max");

        List<GcPauseEnded> promptly = pauses(sessions.maxTenuring(0).run(3, 30 * S), PauseKind.YOUNG);
        for (GcPauseEnded p : promptly) {
            assertEquals(p.copiedBytes(), p.promotedBytes(), "MaxTenuringThreshold=0 promotes every survivor");
        }
        GcState state = GcRuns.fold(sessions.maxTenuring(0).run(3, 30 * S));
        assertEquals(0, state.regions(RegionKind.SURVIVOR));
        assertTrue(state.regions(RegionKind.OLD) > 0);
    }

    @Test
    void overflowingTheSurvivorSpaceLowersTheTenuringThreshold() {
        // Session data that outlives several pauses and outgrows half the survivor space (eden / 8).
        List<GcPauseEnded> young = pauses(GcRuns.quiet().rate(400).session(150_000, 60 * S).run(5, 40 * S),
                PauseKind.YOUNG);
        assertTrue(young.stream().anyMatch(p -> p.tenuringThreshold() < 15 && p.promotedBytes() > 0), young.toString());
    }

    @Test
    void oldOccupancyAtTheInitiatingThresholdStartsMarkingThenRemarkAndCleanup() {
        GcRuns.Builder cacheGrows = GcRuns.quiet().rate(400).cache(20_000).ihop(20);
        List<WorldEvent> events = cacheGrows.run(7, 60 * S);
        ConcurrentMarkStarted mark = all(events, ConcurrentMarkStarted.class).get(0);

        assertTrue(mark.oldOccupancyBytes() >= mark.thresholdBytes(), mark.toString());
        assertEquals(1024 * MIB / 100 * 20, mark.thresholdBytes());
        int at = events.indexOf(mark);
        GcPauseEnded start = (GcPauseEnded) events.get(at - 1);
        assertEquals(PauseKind.CONCURRENT_START, start.kind(), "marking starts at the end of a Concurrent Start pause");
        long oldBefore = all(events.subList(0, at - 1), GcPauseEnded.class).stream()
                .filter(p -> p.kind() == PauseKind.YOUNG).reduce((a, b) -> b).orElseThrow().heapAfterBytes();
        assertTrue(oldBefore >= mark.thresholdBytes(), "the pause before it found old past the threshold");
        List<PauseKind> cycle = all(events.subList(at, events.size()), GcPauseEnded.class).stream()
                .filter(p -> p.gcId() == mark.gcId()).map(GcPauseEnded::kind).toList();
        assertEquals(List.of(PauseKind.REMARK, PauseKind.CLEANUP), cycle);
        ConcurrentMarkEnded ended = all(events, ConcurrentMarkEnded.class).get(0);
        assertEquals(mark.gcId(), ended.gcId());
        assertFalse(ended.aborted());

        List<WorldEvent> never = cacheGrows.ihop(100).run(7, 60 * S);
        assertTrue(all(never, ConcurrentMarkStarted.class).isEmpty(), "IHOP 100 never starts marking");
    }

    @Test
    void mixedPausesReclaimOldRegionsThatMarkingFoundMostlyGarbage() {
        // Session data promoted at once (threshold 0) dies in old; marking finds it, mixed pauses take it back.
        List<WorldEvent> events = GcRuns.quiet().rate(400).session(300_000, 3 * S).maxTenuring(0).ihop(30)
                .run(11, 60 * S);
        ConcurrentMarkEnded marked = all(events, ConcurrentMarkEnded.class).stream()
                .filter(ConcurrentMarkEnded::mixedPlanned).findFirst().orElseThrow();
        assertTrue(marked.reclaimableBytes() > 0 && marked.candidateRegions() > 0);
        List<GcPauseEnded> after = all(events.subList(events.indexOf(marked), events.size()), GcPauseEnded.class);
        assertEquals(PauseKind.PREPARE_MIXED, after.get(0).kind());
        assertEquals(PauseKind.MIXED, after.get(1).kind());
        assertTrue(after.get(1).heapAfterBytes() < after.get(1).heapBeforeBytes());
    }

    @Test
    void whenOldIsExhaustedEvacuationFailsAndAFullGcCompactsTheHeap() {
        // Half of every allocation joins a cache that never dies: the heap must fill.
        List<WorldEvent> events = GcRuns.quiet().heap(256 * MIB).cache(500_000).run(13, 30 * S);
        List<GcPauseEnded> all = all(events, GcPauseEnded.class);
        int exhausted = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).toSpaceExhausted()) {
                exhausted = i;
                break;
            }
        }
        assertTrue(exhausted >= 0, "some evacuation runs out of free regions");
        assertTrue(all.get(exhausted).kind().evacuatesYoung());
        GcPauseEnded full = all.get(exhausted + 1);
        assertEquals(PauseKind.FULL, full.kind());
        assertEquals(GcCause.COMPACTION, full.cause());
        assertEquals(full.timeNanos() - full.durationNanos(), all.get(exhausted).timeNanos(),
                "the Full GC starts the moment the failed pause ends");
        assertTrue(full.durationNanos() > all.get(exhausted).durationNanos(),
                "a Full GC touches every live byte");
    }

    @Test
    void theYoungSizeChasesThePauseGoal() {
        GcRuns.Builder load = GcRuns.quiet().rate(400).session(100_000, 5 * S);
        List<GcPauseEnded> relaxed = pauses(load.pauseGoal(200).run(17, 40 * S), PauseKind.YOUNG);
        List<GcPauseEnded> strict = pauses(load.pauseGoal(20).run(17, 40 * S), PauseKind.YOUNG);

        GcPauseEnded lastRelaxed = relaxed.get(relaxed.size() - 1);
        GcPauseEnded lastStrict = strict.get(strict.size() - 1);
        assertTrue(lastStrict.edenTargetRegions() < lastRelaxed.edenTargetRegions() / 2,
                lastStrict.edenTargetRegions() + " vs " + lastRelaxed.edenTargetRegions());
        assertTrue(strict.size() > 2 * relaxed.size(), "a smaller eden fills more often");
        assertTrue(lastStrict.durationNanos() < lastRelaxed.durationNanos());
    }

    @Test
    void aPauseFreezesEveryRequestInFlightAndArrivalsQueueBehindIt() {
        // A cache of 40 MB/s makes 400 MB live by the System.gc() at 10 s: a Full GC of a few hundred ms.
        List<WorldEvent> events = GcRuns.quiet().cache(200_000).run(19, 12 * S, s -> s.at(10 * S,
                GcModel::systemGc));
        GcPauseStarted started = all(events, GcPauseStarted.class).stream()
                .filter(p -> p.cause() == GcCause.SYSTEM_GC).findFirst().orElseThrow();
        GcPauseEnded ended = all(events, GcPauseEnded.class).stream()
                .filter(p -> p.gcId() == started.gcId()).findFirst().orElseThrow();
        assertEquals(PauseKind.FULL, started.kind());
        List<RequestsTallied> during = all(events, RequestsTallied.class).stream()
                .filter(t -> t.timeNanos() > started.timeNanos() && t.timeNanos() < ended.timeNanos()).toList();
        assertFalse(during.isEmpty(), "the Full GC lasts longer than a tally");
        assertTrue(during.stream().allMatch(t -> t.completed() == 0), "nothing completes while the world is stopped");
        assertTrue(during.get(during.size() - 1).waiting() > during.get(0).waiting(), "arrivals queue up");
        RequestsTallied afterwards = all(events, RequestsTallied.class).stream()
                .filter(t -> t.timeNanos() > ended.timeNanos()).findFirst().orElseThrow();
        assertTrue(afterwards.maxLatencyNanos() >= ended.durationNanos(), "a frozen request waited the whole pause");
    }

    @Test
    void disableExplicitGcMakesSystemGcDoNothing() {
        List<WorldEvent> events = GcRuns.quiet().disableExplicitGc().run(19, 12 * S, s -> s.at(10 * S,
                GcModel::systemGc));
        assertEquals(1, all(events, ExplicitGcIgnored.class).size());
        assertTrue(all(events, GcPauseEnded.class).stream().noneMatch(p -> p.kind() == PauseKind.FULL));
    }

    @Test
    void anAllocationBurstMakesYoungPausesComeMoreOften() {
        List<WorldEvent> events = GcRuns.quiet().run(23, 40 * S, s -> s.at(20 * S, m -> m.allocationBurst(4000,
                20 * S)));
        long before = pauses(events, PauseKind.YOUNG).stream().filter(p -> p.timeNanos() < 20 * S).count();
        long during = pauses(events, PauseKind.YOUNG).stream().filter(p -> p.timeNanos() >= 20 * S).count();
        assertTrue(during >= 3 * before, before + " before, " + during + " during");
        assertEquals(4 * MIB, all(events, AllocationBurstStarted.class).get(0).allocationPerRequestBytes());
        assertEquals(MIB, all(events, AllocationBurstEnded.class).get(0).allocationPerRequestBytes());
    }

    @Test
    void regionSizeErgonomicsFollowG1() {
        assertEquals(MIB, GcParams.ergonomicRegionBytes(128 * MIB));
        assertEquals(MIB, GcParams.ergonomicRegionBytes(2048 * MIB));
        assertEquals(2 * MIB, GcParams.ergonomicRegionBytes(4096 * MIB));
        assertEquals(4 * MIB, GcParams.ergonomicRegionBytes(6144 * MIB), "6 GB / 2048 = 3 MB, rounded up");
        assertEquals(32 * MIB, GcParams.ergonomicRegionBytes(1L << 40));
    }
}
