package dev.podium.scenario.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.gc.GcPauseEnded;
import dev.podium.world.gc.GcProjection;
import dev.podium.world.gc.GcState;
import dev.podium.world.gc.PauseKind;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the built-in lesson gc-collectors as written (G1) and with its flag changed to UseParallelGC and UseZGC, as
 * the narration tells the teacher to, and checks each claim the narration makes against the three runs.
 */
class GcCollectorsLessonTest {
    private static final long MS = 1_000_000L;
    private static List<GcPauseEnded> g1;
    private static List<GcPauseEnded> parallel;
    private static List<GcPauseEnded> z;
    private static GcState g1State;
    private static GcState parallelState;
    private static GcState zState;

    @BeforeAll
    static void runTheLessonOnEachCollector() throws Exception {
        String text;
        try (InputStream in = GcCollectorsLessonTest.class.getResourceAsStream("/simulations/gc-collectors.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(text.contains("  UseG1GC: true\n"));
        List<WorldEvent> a = run(ScenarioRun.start(ScenarioLoader.loadBuiltIn("gc-collectors.yaml")));
        List<WorldEvent> b = run(ScenarioRun.start(ScenarioLoader.parse("gc-collectors-parallel.yaml",
                text.replace("  UseG1GC: true\n", "  UseParallelGC: true\n"))));
        List<WorldEvent> c = run(ScenarioRun.start(ScenarioLoader.parse("gc-collectors-z.yaml",
                text.replace("  UseG1GC: true\n", "  UseZGC: true\n"))));
        g1 = pauses(a);
        parallel = pauses(b);
        z = pauses(c);
        g1State = fold(a);
        parallelState = fold(b);
        zState = fold(c);
    }

    private static List<WorldEvent> run(ScenarioRun run) {
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        return run.timeline().events();
    }

    private static List<GcPauseEnded> pauses(List<WorldEvent> events) {
        return events.stream().filter(GcPauseEnded.class::isInstance).map(GcPauseEnded.class::cast).toList();
    }

    private static GcState fold(List<WorldEvent> events) {
        GcProjection projection = new GcProjection();
        GcState s = projection.initial();
        events.forEach(e -> projection.apply(s, e));
        return s;
    }

    private static long longest(List<GcPauseEnded> pauses) {
        return pauses.stream().mapToLong(GcPauseEnded::durationNanos).max().orElse(0);
    }

    @Test
    void g1CleansOldInMixedPausesAndNoPauseExceedsOneHundredMilliseconds() {
        assertTrue(g1.stream().anyMatch(p -> p.kind() == PauseKind.MIXED), "G1 ran mixed pauses");
        assertTrue(g1.stream().noneMatch(p -> p.kind() == PauseKind.FULL), "and no Full GC");
        assertTrue(longest(g1) < 100 * MS, "longest G1 pause " + longest(g1) / MS + " ms");
    }

    @Test
    void parallelsFullGcIsSeveralTimesLongerThanAnyG1PauseAndItsYoungPausesAreAsShort() {
        List<GcPauseEnded> full = parallel.stream().filter(p -> p.kind() == PauseKind.FULL).toList();
        assertTrue(!full.isEmpty(), "Parallel ran a Full GC");
        long longestFull = longest(full);
        assertTrue(longestFull >= 3 * longest(g1), "Parallel full " + longestFull / MS + " ms vs G1 longest "
                + longest(g1) / MS + " ms");
        assertEquals(longestFull, longest(parallel), "the Full GC is Parallel's longest pause");
        long youngLongest = longest(parallel.stream().filter(p -> p.kind() == PauseKind.PARALLEL_YOUNG).toList());
        assertTrue(youngLongest < 100 * MS, "Parallel's young pauses are short too: " + youngLongest / MS + " ms");
    }

    @Test
    void zgcPausesAreHundredsAndEveryOneSubMillisecond() {
        assertTrue(z.size() >= 200, z.size() + " ZGC pauses");
        assertTrue(longest(z) < MS, "longest ZGC pause " + longest(z) + " ns");
        assertTrue(longest(z) * 100 < longest(parallel), "far below Parallel's");
    }

    @Test
    void zgcsMedianRequestIsALittleSlowerThanG1sAndParallels() {
        long zp50 = zState.runPercentile(500_000);
        long g1p50 = g1State.runPercentile(500_000);
        long pp50 = parallelState.runPercentile(500_000);
        assertTrue(zp50 > g1p50 && zp50 > pp50, "p50 ZGC " + zp50 + " G1 " + g1p50 + " Parallel " + pp50);
        assertTrue(zp50 < 2 * g1p50, "only a little: " + zp50 + " vs " + g1p50);
    }
}
