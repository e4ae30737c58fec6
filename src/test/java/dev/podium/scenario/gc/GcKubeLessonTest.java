package dev.podium.scenario.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.gc.GcPauseEnded;
import dev.podium.world.gc.PauseKind;
import dev.podium.world.kube.event.ContainerExited;
import dev.podium.world.kube.event.ContainerRestarted;
import dev.podium.world.kube.event.EndpointsChanged;
import dev.podium.world.kube.event.ProbeFailed;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cross-world lesson gc-liveness-restart: the GC world answers the Kubernetes container's probes, so the Full
 * GCs the narration names fail the probes, empty the Service's endpoints and get the container killed, and young
 * pauses fail nothing. Checked against the run, at the times the narration gives.
 */
class GcKubeLessonTest {
    private static final long S = 1_000_000_000L;
    private static List<WorldEvent> events;

    @BeforeAll
    static void run() throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn("gc-liveness-restart.yaml"));
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        events = run.timeline().events();
    }

    private static <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void onlyFullGcsFailProbesAndEachFailureFallsInOne() {
        List<GcPauseEnded> full = of(GcPauseEnded.class).stream().filter(p -> p.kind() == PauseKind.FULL).toList();
        assertEquals(3, full.size(), "three Full GCs");
        assertTrue(full.get(0).durationNanos() > 2 * S && full.get(1).durationNanos() > 3 * S);
        for (ProbeFailed f : of(ProbeFailed.class)) {
            long probedAt = f.timeNanos() - S; // each failure is a 1 s timeout
            assertTrue(full.stream().anyMatch(p -> probedAt >= p.timeNanos() - p.durationNanos()
                    && probedAt < p.timeNanos()), "a probe at " + probedAt + " failed outside a Full GC");
        }
        long firstFullStart = full.get(0).timeNanos() - full.get(0).durationNanos();
        assertTrue(firstFullStart > 66 * S && firstFullStart < 67 * S, "first Full GC at " + firstFullStart);
    }

    @Test
    void theSecondFullGcGetsTheContainerKilledAndTheThirdAgainAfterABackOff() {
        List<ContainerExited> kills = of(ContainerExited.class);
        assertEquals(2, kills.size());
        assertTrue(kills.stream().allMatch(k -> k.exitCode() == 137 && "app".equals(k.container())));
        assertTrue(kills.get(0).timeNanos() > 75 * S && kills.get(0).timeNanos() < 77 * S, "" + kills.get(0));
        List<ContainerRestarted> restarts = of(ContainerRestarted.class);
        assertEquals(0, restarts.get(0).backoffNanos(), "the first restart is immediate");
        assertEquals(10 * S, restarts.get(1).backoffNanos(), "then CrashLoopBackOff's 10 s");
        assertTrue(kills.get(1).timeNanos() > 83 * S - S && kills.get(1).timeNanos() < 84 * S);
    }

    @Test
    void theServiceDropsThePodDuringTheFirstFullGcAndTakesItBackAfter() {
        List<EndpointsChanged> changes = of(EndpointsChanged.class).stream()
                .filter(e -> e.timeNanos() > 60 * S).toList();
        EndpointsChanged dropped = changes.get(0);
        assertEquals(List.of(), dropped.ready());
        assertTrue(dropped.timeNanos() > 67 * S && dropped.timeNanos() < 68 * S, "dropped at " + dropped.timeNanos());
        assertEquals(1, changes.get(1).ready().size(), "back after the pause");
        assertTrue(changes.get(1).timeNanos() < 70 * S);
    }
}
