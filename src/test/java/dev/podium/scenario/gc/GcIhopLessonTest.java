package dev.podium.scenario.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.gc.ConcurrentMarkStarted;
import dev.podium.world.gc.GcPauseEnded;
import dev.podium.world.gc.PauseKind;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lessons gc-ihop (a fixed threshold of 70 %) and gc-ihop-adaptive (the same run with adaptive IHOP): each
 * number their narration gives, checked against their runs.
 */
class GcIhopLessonTest {
    private static final long S = 1_000_000_000L;
    private static final long HEAP = 2L << 30;
    private static List<WorldEvent> fixed;
    private static List<WorldEvent> adaptive;

    @BeforeAll
    static void run() throws Exception {
        fixed = run("gc-ihop.yaml");
        adaptive = run("gc-ihop-adaptive.yaml");
    }

    private static List<WorldEvent> run(String lesson) throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn(lesson));
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        return run.timeline().events();
    }

    private static List<ConcurrentMarkStarted> marks(List<WorldEvent> events) {
        return events.stream().filter(ConcurrentMarkStarted.class::isInstance).map(ConcurrentMarkStarted.class::cast)
                .toList();
    }

    private static double percent(long bytes) {
        return 100.0 * bytes / HEAP;
    }

    @Test
    void aFixedThresholdStartsEveryCycleAtSeventyTwoToSeventyThreePercent() {
        List<ConcurrentMarkStarted> marks = marks(fixed);
        assertTrue(marks.size() >= 5, "several cycles: " + marks.size());
        for (ConcurrentMarkStarted m : marks) {
            assertEquals(HEAP / 100 * 70, m.thresholdBytes(), "the threshold never moves");
            double at = percent(m.oldOccupancyBytes());
            assertTrue(at >= 72 && at < 74, "starts at 72-73 %: " + at);
        }
    }

    @Test
    void adaptiveIhopUsesTheFixedPercentForThreeCyclesThenPredictsAboutThirteenPercent() {
        List<ConcurrentMarkStarted> a = marks(adaptive);
        List<ConcurrentMarkStarted> f = marks(fixed);
        for (int i = 0; i < 3; i++) {
            assertEquals(f.get(i), a.get(i), "the first three cycles are the fixed run's");
        }
        ConcurrentMarkStarted first = a.get(3);
        assertTrue(first.timeNanos() > 70 * S && first.timeNanos() < 75 * S, "predicted from 74 s: " + first);
        assertTrue(percent(first.thresholdBytes()) > 11 && percent(first.thresholdBytes()) < 15,
                "about 13 %: " + percent(first.thresholdBytes()));
        assertTrue(percent(first.oldOccupancyBytes()) > 55 && percent(first.oldOccupancyBytes()) < 57,
                "marking at 56 %: " + percent(first.oldOccupancyBytes()));
        for (ConcurrentMarkStarted m : a.subList(3, a.size())) {
            double at = percent(m.oldOccupancyBytes());
            assertTrue(at > 55 && at < 65, "56-64 %: " + at);
            assertTrue(percent(m.thresholdBytes()) > 11 && percent(m.thresholdBytes()) < 18, "12-17 %: " + m);
            assertTrue(m.oldOccupancyBytes() < f.get(f.size() - 1).oldOccupancyBytes(), "lower than the fixed run");
        }
        assertTrue(a.size() > f.size(), "more cycles in the same time: " + a.size() + " vs " + f.size());
    }

    @Test
    void neitherRunHasAFullGc() {
        for (List<WorldEvent> events : List.of(fixed, adaptive)) {
            assertTrue(events.stream().noneMatch(e -> e instanceof GcPauseEnded p
                    && (p.kind() == PauseKind.FULL || p.toSpaceExhausted())));
        }
    }
}
