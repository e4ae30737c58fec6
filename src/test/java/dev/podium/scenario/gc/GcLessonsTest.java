package dev.podium.scenario.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.gc.GcPauseEnded;
import dev.podium.world.gc.GoGcCycleEnded;
import dev.podium.world.gc.GoGcCycleStarted;
import dev.podium.world.gc.GoTuning;
import dev.podium.world.gc.LatencyHistogram;
import dev.podium.world.gc.RequestsTallied;
import dev.podium.world.gc.PauseKind;
import java.util.List;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

/** The comparison lessons: every figure their narration gives, checked against their runs. */
class GcLessonsTest {
    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;
    private static final long MIB = 1L << 20;

    private static List<WorldEvent> run(String file) throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn(file));
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        return run.timeline().events();
    }

    private static <T> List<T> all(List<WorldEvent> events, Class<T> type, LongPredicate when) {
        return events.stream().filter(e -> type.isInstance(e) && when.test(e.timeNanos())).map(type::cast).toList();
    }

    /** p99 latency of the requests completed in [from, to). */
    private static long p99(List<WorldEvent> events, long from, long to) {
        LatencyHistogram h = new LatencyHistogram();
        for (RequestsTallied t : all(events, RequestsTallied.class, t -> t >= from && t < to)) {
            h.add(t.latencyBuckets(), 1);
        }
        return h.percentile(990_000);
    }

    @Test
    void aFiftyMillisecondGoalGivesShorterPausesThreeTimesAsOftenAndNoLessTimeStopped() throws Exception {
        List<WorldEvent> events = run("gc-pause-goal.yaml");
        List<GcPauseEnded> before = all(events, GcPauseEnded.class, t -> t >= 10 * S && t < 60 * S);
        List<GcPauseEnded> after = all(events, GcPauseEnded.class, t -> t >= 70 * S && t < 120 * S);
        List<GcPauseEnded> youngBefore = before.stream().filter(p -> p.kind().evacuatesYoung()).toList();
        List<GcPauseEnded> youngAfter = after.stream().filter(p -> p.kind().evacuatesYoung()).toList();
        double meanBefore = youngBefore.stream().mapToLong(GcPauseEnded::durationNanos).average().orElseThrow();
        double meanAfter = youngAfter.stream().mapToLong(GcPauseEnded::durationNanos).average().orElseThrow();
        assertTrue(meanBefore > 120 * MS && meanBefore < 160 * MS, "about 140 ms: " + meanBefore);
        assertTrue(meanAfter > 40 * MS && meanAfter < 60 * MS, "about 50 ms: " + meanAfter);
        double interval = 50.0 / youngBefore.size();
        assertTrue(interval > 2.0 && interval < 2.6, "a young pause about every 2.3 s: " + interval);
        double often = (double) youngAfter.size() / youngBefore.size();
        assertTrue(often > 2.5 && often < 3.6, "about three times as often: " + often);
        int edenBefore = youngBefore.get(youngBefore.size() - 1).edenTargetRegions();
        int edenAfter = youngAfter.get(youngAfter.size() - 1).edenTargetRegions();
        assertTrue(edenBefore > 1000, "over a thousand eden regions: " + edenBefore);
        assertTrue(edenAfter * 4 > edenBefore && edenAfter * 2 < edenBefore, "about a third: " + edenAfter);
        double shareBefore = before.stream().mapToLong(GcPauseEnded::durationNanos).sum() / (50.0 * S);
        double shareAfter = after.stream().mapToLong(GcPauseEnded::durationNanos).sum() / (50.0 * S);
        assertTrue(shareBefore > 0.055 && shareBefore < 0.065 && shareAfter > 0.065 && shareAfter < 0.08,
                "stopped about 6 % then about 7 %: " + shareBefore + ", " + shareAfter);
        long p99Before = p99(events, 10 * S, 60 * S);
        long p99After = p99(events, 70 * S, 120 * S);
        assertTrue(p99Before > 145 * MS && p99Before < 180 * MS, "p99 about 160 ms: " + p99Before);
        assertTrue(p99After > 95 * MS && p99After < 125 * MS, "then about 110 ms: " + p99After);
        assertTrue(p99Before - p99After < meanBefore - meanAfter, "p99 falls by less than the pauses shrank");
        assertTrue(p99After > meanAfter, "p99 above the pause length: the queue behind a pause");
    }

    @Test
    void gogcFiftyMeansMoreCyclesOnASmallerHeapAndATightLimitMeansBackToBackCyclesAtHalfTheCpu() throws Exception {
        List<WorldEvent> events = run("gc-go-gogc.yaml");
        List<GoGcCycleStarted> hundred = all(events, GoGcCycleStarted.class, t -> t >= 10 * S && t < 40 * S);
        List<GoGcCycleStarted> fifty = all(events, GoGcCycleStarted.class, t -> t >= 50 * S && t < 80 * S);
        List<GoGcCycleStarted> limited = all(events, GoGcCycleStarted.class, t -> t >= 90 * S && t < 120 * S);
        List<GoGcCycleEnded> ended = all(events, GoGcCycleEnded.class, t -> t >= 10 * S && t < 40 * S);
        long live = ended.get(ended.size() - 1).markedBytes();
        assertTrue(live > 180 * MIB && live < 230 * MIB, "about 200 MB live: " + (live >> 20));
        long goal100 = hundred.get(hundred.size() - 1).goalBytes();
        long goal50 = fifty.get(fifty.size() - 1).goalBytes();
        assertTrue(goal100 > 370 * MIB && goal100 < 440 * MIB, "goal about 400 MB: " + (goal100 >> 20));
        assertTrue(goal50 > 280 * MIB && goal50 < 330 * MIB, "goal about 300 MB: " + (goal50 >> 20));
        double perSecond100 = hundred.size() / 30.0;
        double perSecond50 = fifty.size() / 30.0;
        assertTrue(perSecond100 > 0.8 && perSecond100 < 1.6, "a cycle every second or so: " + perSecond100);
        assertTrue(perSecond50 > 1.6 * perSecond100, "about twice as often: " + perSecond50);
        assertTrue(hundred.stream().anyMatch(g -> g.assistPerMille() > 0), "goroutines assist");
        assertTrue(all(events, GcPauseEnded.class, t -> true).stream().allMatch(p -> p.durationNanos() < MS / 10
                && (p.kind() == PauseKind.GO_SWEEP_TERMINATION || p.kind() == PauseKind.GO_MARK_TERMINATION)),
                "two stop-the-world phases of microseconds");
        assertTrue(limited.size() / 30.0 > 2 * perSecond50, "back to back: " + limited.size());
        double assist = limited.stream().mapToInt(GoGcCycleStarted::assistPerMille).average().orElseThrow();
        assertTrue(assist > 0.9 * GoTuning.MAX_ASSIST_PER_MILLE, "at the limiter's cap, half the CPU: " + assist);
        assertTrue(limited.stream().allMatch(g -> g.goalBytes() <= 240 * MIB), "the goal stays under the limit");
        long p99Fifty = p99(events, 50 * S, 80 * S);
        long p99Limited = p99(events, 90 * S, 120 * S);
        assertTrue(p99Limited > p99Fifty, "latency suffers: " + p99Fifty + " -> " + p99Limited);
    }
}
