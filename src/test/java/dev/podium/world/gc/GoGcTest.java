package dev.podium.world.gc;

import static dev.podium.world.gc.GcRuns.MIB;
import static dev.podium.world.gc.GcRuns.MS;
import static dev.podium.world.gc.GcRuns.S;
import static dev.podium.world.gc.GcRuns.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Go GC: the pacer's goal from GOGC and GOMEMLIMIT, two short stop-the-world phases, assists, the limiter. */
class GoGcTest {
    private static GcRuns.Builder goService(int gogc, long limit) {
        return GcRuns.quiet().heap(2048 * MIB).rate(200).session(200_000, 5 * S).with(p -> p.withGo(gogc, limit));
    }

    @Test
    void theGoalIsTheMarkedHeapGrownByGogcAndOnlyTwoShortPhasesStopTheWorld() {
        List<WorldEvent> events = goService(100, GcParams.NO_MEMORY_LIMIT).run(31, 40 * S);
        List<GoGcCycleEnded> ended = all(events, GoGcCycleEnded.class);
        assertTrue(ended.size() > 5, ended.size() + " cycles");
        for (GoGcCycleEnded g : ended) {
            assertEquals(Math.max(g.markedBytes() + g.markedBytes() / 100 * 100, 4 * MIB), g.nextGoalBytes(),
                    "GOGC=100: the heap may double over what marking found live");
        }
        List<GcPauseEnded> pauses = all(events, GcPauseEnded.class);
        assertTrue(pauses.stream().allMatch(p -> (p.kind() == PauseKind.GO_SWEEP_TERMINATION
                || p.kind() == PauseKind.GO_MARK_TERMINATION) && p.durationNanos() < MS / 10),
                "sweep termination and mark termination, each under 100 microseconds");
        GoGcCycleStarted later = all(events, GoGcCycleStarted.class).get(ended.size() - 1);
        assertTrue(later.heapLiveBytes() <= later.goalBytes(), "the pacer starts marking before the goal");
    }

    @Test
    void gogcFiftyRunsMoreCyclesOnASmallerHeap() {
        List<WorldEvent> hundred = goService(100, GcParams.NO_MEMORY_LIMIT).run(31, 40 * S);
        List<WorldEvent> fifty = goService(50, GcParams.NO_MEMORY_LIMIT).run(31, 40 * S);
        int cyclesHundred = all(hundred, GoGcCycleEnded.class).size();
        int cyclesFifty = all(fifty, GoGcCycleEnded.class).size();
        assertTrue(cyclesFifty > cyclesHundred * 3 / 2, cyclesFifty + " vs " + cyclesHundred);
        long peakHundred = all(hundred, GoGcCycleStarted.class).stream().skip(3)
                .mapToLong(GoGcCycleStarted::heapLiveBytes).max().orElseThrow();
        long peakFifty = all(fifty, GoGcCycleStarted.class).stream().skip(3)
                .mapToLong(GoGcCycleStarted::heapLiveBytes).max().orElseThrow();
        assertTrue(peakFifty < peakHundred, peakFifty + " vs " + peakHundred);
    }

    @Test
    void aMemoryLimitJustAboveTheLiveHeapMakesTheGcRunBackToBackAtHalfTheCpu() {
        // About 200 MB live (a fifth of 200 MB/s lives 5 s); GOMEMLIMIT 240 MiB leaves little room: the death spiral
        // the limiter guards against. GOGC=off: the limit alone sets the goal.
        List<WorldEvent> events = goService(GcParams.GOGC_OFF, 240 * MIB).run(31, 40 * S);
        List<GoGcCycleStarted> started = all(events, GoGcCycleStarted.class).stream()
                .filter(g -> g.timeNanos() > 20 * S).toList();
        assertTrue(started.size() > 40, "cycles in 20 s: " + started.size());
        assertTrue(started.stream().allMatch(g -> g.goalBytes() <= 240 * MIB), "the goal stays under the limit");
        long capped = started.stream().filter(g -> g.assistPerMille() == GoTuning.MAX_ASSIST_PER_MILLE).count();
        assertTrue(capped * 2 > started.size(), "assists at the limiter's cap: GC takes half the CPU");
        List<WorldEvent> roomy = goService(GcParams.GOGC_OFF, 1024 * MIB).run(31, 40 * S);
        long roomyCycles = all(roomy, GoGcCycleStarted.class).stream().filter(g -> g.timeNanos() > 20 * S).count();
        assertTrue(roomyCycles * 5 < started.size(), "with room the GC runs rarely: " + roomyCycles);
    }
}
