package dev.podium.scenario.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.Narrated;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.gc.AllocationBurstEnded;
import dev.podium.world.gc.AllocationBurstStarted;
import dev.podium.world.gc.GcPauseEnded;
import dev.podium.world.gc.GcProjection;
import dev.podium.world.gc.GcState;
import dev.podium.world.gc.OutOfMemoryErrorThrown;
import dev.podium.world.gc.PauseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the built-in lesson gc-allocation-burst to its end and checks that the simulation tells the seed's chain the
 * narration tells: allocation burst, young pauses more often, premature promotion, old fills, Full GC, requests
 * stall, and recovery after the burst.
 */
class GcLessonTest {
    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;
    private static List<WorldEvent> events;
    private static List<GcPauseEnded> pauses;
    private static long burstStart;
    private static long burstEnd;

    @BeforeAll
    static void runTheLesson() throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn("gc-allocation-burst.yaml"));
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        events = run.timeline().events();
        pauses = events.stream().filter(GcPauseEnded.class::isInstance).map(GcPauseEnded.class::cast).toList();
        burstStart = events.stream().filter(AllocationBurstStarted.class::isInstance).findFirst().orElseThrow()
                .timeNanos();
        burstEnd = events.stream().filter(AllocationBurstEnded.class::isInstance).findFirst().orElseThrow()
                .timeNanos();
    }

    private static List<GcPauseEnded> pauses(LongPredicate when, PauseKind.Family family) {
        return pauses.stream().filter(p -> when.test(p.timeNanos()) && p.kind().family() == family).toList();
    }

    /** The state folded up to {@code tNanos}. */
    private static GcState at(long tNanos) {
        GcProjection projection = new GcProjection();
        GcState s = projection.initial();
        for (WorldEvent e : events) {
            if (e.timeNanos() > tNanos) {
                break;
            }
            projection.apply(s, e);
        }
        return s;
    }

    @Test
    void theBurstRunsFromOneMinuteForTwentySeconds() {
        assertEquals(60 * S, burstStart);
        assertEquals(80 * S, burstEnd);
    }

    @Test
    void youngPausesComeAtLeastThreeTimesAsOftenDuringTheBurst() {
        double before = pauses(t -> t >= 20 * S && t < 60 * S, PauseKind.Family.YOUNG).size() / 40.0;
        double during = (pauses(t -> t >= 60 * S && t < 75 * S, PauseKind.Family.YOUNG).size()
                + pauses(t -> t >= 60 * S && t < 75 * S, PauseKind.Family.MIXED).size()) / 15.0;
        assertTrue(during >= 3 * before, before + " per second before, " + during + " during");
    }

    @Test
    void theTenuringThresholdFallsAndPromotionSpeedsUp() {
        List<GcPauseEnded> before = pauses(t -> t >= 20 * S && t < 60 * S, PauseKind.Family.YOUNG);
        List<GcPauseEnded> during = new ArrayList<>(pauses(t -> t >= 61 * S && t < 75 * S, PauseKind.Family.YOUNG));
        during.addAll(pauses(t -> t >= 61 * S && t < 75 * S, PauseKind.Family.MIXED));
        assertTrue(before.stream().allMatch(p -> p.tenuringThreshold() >= 2), "survivors age before the burst");
        // HotSpot's age table lets the threshold spring back to the maximum after a pause whose survivors fit the
        // target (a survivor space squeezed by free regions); nearly every burst pause promotes after one.
        long atOne = during.stream().filter(p -> p.tenuringThreshold() == 1).count();
        assertTrue(atOne * 10 >= during.size() * 9, "one pause and they are old: " + atOne + " of " + during.size());
        double promotedBefore = before.stream().mapToLong(GcPauseEnded::promotedBytes).sum() / 40.0;
        double promotedDuring = during.stream().mapToLong(GcPauseEnded::promotedBytes).sum() / 14.0;
        assertTrue(promotedDuring > 3 * promotedBefore, promotedBefore + " B/s before, " + promotedDuring + " during");
    }

    @Test
    void oldFillsUntilEvacuationFailsAndAFullGcFollowsDuringTheBurst() {
        GcPauseEnded exhausted = pauses.stream().filter(GcPauseEnded::toSpaceExhausted).findFirst().orElseThrow();
        assertTrue(exhausted.timeNanos() > burstStart + 10 * S && exhausted.timeNanos() < burstEnd,
                "after several young cycles of the burst: " + exhausted.timeNanos());
        GcPauseEnded full = pauses.get(pauses.indexOf(exhausted) + 1);
        assertEquals(PauseKind.FULL, full.kind());
        assertTrue(full.durationNanos() > S, "a Full GC of gigabytes with two threads takes seconds");
        assertTrue(full.heapBeforeBytes() - full.heapAfterBytes() > 1024L * 1024 * 1024,
                "most of what filled old was already dead: more than a gigabyte freed");
        assertTrue(at(exhausted.timeNanos() - exhausted.durationNanos()).oldBytes()
                > 3 * at(burstStart).oldBytes() / 2, "old grew by half during the burst");
        assertEquals(1, pauses(t -> true, PauseKind.Family.FULL).size(), "one Full GC, as the narration says");
        assertTrue(events.stream().noneMatch(OutOfMemoryErrorThrown.class::isInstance));
    }

    @Test
    void requestsStallAndP99JumpsFromMillisecondsToSecondsThenRecovers() {
        GcPauseEnded full = pauses(t -> true, PauseKind.Family.FULL).get(0);
        long p99Before = at(55 * S).windowPercentile(990_000);
        GcState afterFull = at(full.timeNanos() + 500 * MS);
        assertTrue(p99Before < 250 * MS, "p99 before the burst: " + p99Before);
        assertTrue(afterFull.windowPercentile(990_000) > 10 * p99Before, "p99 after the Full GC: "
                + afterFull.windowPercentile(990_000));
        assertTrue(afterFull.windowPercentile(990_000) > full.durationNanos(), "a request waited the whole pause");
        assertTrue(at(full.timeNanos()).waiting() > 1000, "over a thousand requests queued behind it");
        long p99Later = at(100 * S).windowPercentile(990_000);
        assertTrue(p99Later < 250 * MS, "recovered after the burst: " + p99Later);
    }

    @Test
    void theNarrationSpeaksBeforeTheFailureItAnnouncesAndAfterTheFullGcItDescribes() {
        List<Long> cues = events.stream().filter(Narrated.class::isInstance).map(WorldEvent::timeNanos).toList();
        GcPauseEnded exhausted = pauses.stream().filter(GcPauseEnded::toSpaceExhausted).findFirst().orElseThrow();
        List<GcPauseEnded> fulls = pauses(t -> true, PauseKind.Family.FULL);
        assertTrue(cues.contains(74 * S) && 74 * S < exhausted.timeNanos() - exhausted.durationNanos(),
                "the 'watch the grid' cue comes before the failed evacuation");
        assertTrue(cues.contains(82 * S) && fulls.get(fulls.size() - 1).timeNanos() <= 82 * S,
                "the 'Full GC' cue comes after it");
    }
}
