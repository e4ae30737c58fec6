package dev.podium.scenario.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.gc.GcPauseEnded;
import dev.podium.world.gc.GcPauseStarted;
import dev.podium.world.gc.GcProjection;
import dev.podium.world.gc.GcState;
import dev.podium.world.gc.ProcessEnded;
import dev.podium.world.gc.ProcessStarted;
import dev.podium.world.gc.RegionKind;
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
    void onlyFullGcsFailProbesWhileTheJvmRuns() {
        List<GcPauseStarted> full = of(GcPauseStarted.class).stream().filter(p -> p.kind() == PauseKind.FULL)
                .toList();
        List<GcPauseEnded> ended = of(GcPauseEnded.class).stream().filter(p -> p.kind() == PauseKind.FULL).toList();
        assertTrue(ended.get(0).durationNanos() > 2 * S, "the first Full GC lasts 2.7 s");
        long firstFullStart = full.get(0).timeNanos();
        assertTrue(firstFullStart > 66 * S && firstFullStart < 67 * S, "first Full GC at " + firstFullStart);
        List<ProcessEnded> ends = of(ProcessEnded.class);
        List<ProcessStarted> starts = of(ProcessStarted.class);
        for (ProbeFailed f : of(ProbeFailed.class)) {
            long probedAt = f.timeNanos() - S; // a timeout is seen 1 s after the probe; a refused one at once
            boolean inFull = full.stream().anyMatch(p -> probedAt >= p.timeNanos() && probedAt < endOf(p));
            boolean down = ends.stream().anyMatch(e -> f.timeNanos() >= e.timeNanos() && starts.stream()
                    .noneMatch(st -> st.timeNanos() > e.timeNanos() && st.timeNanos() < f.timeNanos()));
            assertTrue(inFull || down, "a probe failed at " + f.timeNanos() + " outside a Full GC, the JVM running");
        }
    }

    /** When a pause ended, or the process that was paused. */
    private static long endOf(GcPauseStarted p) {
        long end = Long.MAX_VALUE;
        for (GcPauseEnded e : of(GcPauseEnded.class)) {
            if (e.gcId() == p.gcId() && e.timeNanos() >= p.timeNanos()) {
                end = Math.min(end, e.timeNanos());
            }
        }
        for (ProcessEnded e : of(ProcessEnded.class)) {
            if (e.timeNanos() >= p.timeNanos()) {
                end = Math.min(end, e.timeNanos());
            }
        }
        return end;
    }

    @Test
    void eachKillEndsTheJvmAndTheRestartBootsAnEmptyOneUntilCrashLoopBackOff() {
        List<ContainerExited> kills = of(ContainerExited.class);
        assertEquals(2, kills.size());
        assertTrue(kills.stream().allMatch(k -> k.exitCode() == 137 && "app".equals(k.container())));
        assertTrue(kills.get(0).timeNanos() > 75 * S && kills.get(0).timeNanos() < 77 * S, "" + kills.get(0));
        assertTrue(kills.get(1).timeNanos() > 90 * S && kills.get(1).timeNanos() < 92 * S, "" + kills.get(1));
        List<ProcessEnded> ends = of(ProcessEnded.class);
        assertEquals(2, ends.size(), "every kill ends the JVM process");
        for (int i = 0; i < 2; i++) {
            assertEquals(kills.get(i).timeNanos(), ends.get(i).timeNanos());
            assertEquals(137, ends.get(i).exitCode());
        }
        ProcessEnded first = ends.get(0);
        assertTrue(first.heapUsedBytes() > 1_700_000_000L && first.heapUsedBytes() < 1_850_000_000L,
                "a heap of 1.8 GB: " + first.heapUsedBytes());
        assertEquals(5441, first.requestsLost());
        List<ContainerRestarted> restarts = of(ContainerRestarted.class);
        assertEquals(0, restarts.get(0).backoffNanos(), "the first restart is immediate");
        assertEquals(10 * S, restarts.get(1).backoffNanos(), "then CrashLoopBackOff's 10 s");
        ProcessStarted started = of(ProcessStarted.class).get(0);
        assertEquals(1, started.restarts());
        assertEquals(restarts.get(0).timeNanos() + S + JvmProbes.STARTUP_NANOS, started.timeNanos(),
                "1 s for the container, 0.5 s for the JVM");
        assertTrue(started.requestsRefused() > 0, "requests refused while down");
        GcState at = stateAt(started.timeNanos());
        assertEquals(1, at.processRestarts());
        assertEquals(at.regionCount(), at.regions(RegionKind.FREE), "the new JVM's heap is empty");
        double refill = (kills.get(1).timeNanos() - started.timeNanos()) / (double) S;
        assertTrue(refill > 12 && refill < 15, "about 13 s to the next kill: " + refill);
        assertTrue(stateAt(ends.get(1).timeNanos()).processDown());
    }

    private static GcState stateAt(long t) {
        GcProjection projection = new GcProjection();
        GcState s = projection.initial();
        for (WorldEvent e : events) {
            if (e.timeNanos() <= t) {
                projection.apply(s, e);
            }
        }
        return s;
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
