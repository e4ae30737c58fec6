package dev.podium.world.gc;

import static dev.podium.world.gc.GcRuns.MIB;
import static dev.podium.world.gc.GcRuns.S;
import static dev.podium.world.gc.GcRuns.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an evacuation pause's live objects go ({@link RegionsEvacuated}), and adaptive IHOP's reported threshold. */
class EvacuationMovesTest {

    @Test
    void everyEvacuationPauseSaysItsSourcesAndTheRegionsThatReceiveItsSurvivors() {
        List<WorldEvent> events = GcRuns.quiet().rate(200).session(300_000, 3 * S).run(7, 30 * S);
        List<RegionsEvacuated> moves = all(events, RegionsEvacuated.class);
        List<GcPauseStarted> evacuating = all(events, GcPauseStarted.class).stream()
                .filter(p -> p.kind().evacuatesYoung()).toList();
        assertFalse(moves.isEmpty());
        assertEquals(evacuating.size(), moves.size(), "one per evacuation pause");
        boolean promotedSome = false;
        for (RegionsEvacuated m : moves) {
            int at = events.indexOf(m);
            GcPauseStarted start = (GcPauseStarted) events.get(at - 1);
            assertEquals(start.gcId(), m.gcId(), "right after its pause's start");
            GcState before = GcRuns.fold(events.subList(0, at - 1));
            BitSet from = RegionRanges.decode(m.fromRegions(), before.regionCount());
            for (int r = 0; r < before.regionCount(); r++) {
                RegionKind k = before.region(r);
                if (k == RegionKind.EDEN || k == RegionKind.SURVIVOR) {
                    assertTrue(from.get(r), "every young region is evacuated: " + r);
                }
            }
            GcPauseEnded end = all(events.subList(at, events.size()), GcPauseEnded.class).get(0);
            GcState after = GcRuns.fold(events.subList(0, events.indexOf(end) + 1));
            BitSet toSurvivor = RegionRanges.decode(m.toSurvivorRegions(), after.regionCount());
            BitSet toOld = RegionRanges.decode(m.toOldRegions(), after.regionCount());
            toSurvivor.stream().forEach(r -> assertEquals(RegionKind.SURVIVOR, after.region(r), "region " + r));
            toOld.stream().forEach(r -> assertEquals(RegionKind.OLD, after.region(r), "region " + r));
            assertEquals(after.regions(RegionKind.SURVIVOR), toSurvivor.cardinality(), "all survivors are new");
            assertEquals(end.promotedBytes(), m.promotedBytes());
            assertEquals(m.survivorBytes() + m.promotedBytes() + m.oldCopiedBytes(), end.copiedBytes());
            promotedSome |= m.promotedBytes() > 0 && !toOld.isEmpty();
        }
        assertTrue(promotedSome, "session data is promoted somewhere");
    }

    @Test
    void theStateShowsTheMovesOnlyWhileTheirPauseRuns() {
        List<WorldEvent> events = GcRuns.quiet().run(7, 10 * S);
        RegionsEvacuated m = all(events, RegionsEvacuated.class).get(0);
        int at = events.indexOf(m);
        assertNotNull(GcRuns.fold(events.subList(0, at + 1)).evacuation());
        GcPauseEnded end = all(events.subList(at, events.size()), GcPauseEnded.class).get(0);
        assertNull(GcRuns.fold(events.subList(0, events.indexOf(end) + 1)).evacuation());
    }

    @Test
    void adaptiveIhopReportsItsThresholdAndTheViewStateUsesIt() {
        GcRuns.Builder load = GcRuns.quiet().rate(200).session(300_000, 3 * S).maxTenuring(0).ihop(30);
        assertTrue(all(load.run(11, 60 * S), IhopThresholdChanged.class).isEmpty(), "adaptive IHOP off: none");
        List<WorldEvent> events = load.with(p -> p.withAdaptiveIhop(true)).run(11, 120 * S);
        List<IhopThresholdChanged> changes = all(events, IhopThresholdChanged.class);
        assertEquals(0, changes.get(0).timeNanos());
        assertEquals(1024 * MIB / 100 * 30, changes.get(0).thresholdBytes(), "the initial IHOP first");
        assertFalse(changes.get(0).predicted());
        IhopThresholdChanged predicted = changes.stream().filter(IhopThresholdChanged::predicted).findFirst()
                .orElseThrow();
        GcState s = GcRuns.fold(events.subList(0, events.indexOf(predicted) + 1));
        assertTrue(s.adaptiveIhop() && s.adaptiveIhopPredicted());
        assertEquals(predicted.thresholdBytes(), s.ihopBytes(), "the view's threshold is the adaptive one");
        ConcurrentMarkStarted next = all(events.subList(events.indexOf(predicted), events.size()),
                ConcurrentMarkStarted.class).get(0);
        GcState atMark = GcRuns.fold(events.subList(0, events.indexOf(next)));
        assertTrue(Math.abs(next.thresholdBytes() - atMark.ihopBytes()) < 1024 * MIB / 100,
                "within 1 % of the heap of the threshold marking started at");
    }
}
