package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statefulset-daemonset-job lesson does what its narration says. */
class WorkloadLessonTest {
    private static final long SECOND = 1_000_000_000L;

    private static long first(List<WorldEvent> events, String pod, Class<?> type, long after) {
        for (WorldEvent e : events) {
            String key = e instanceof PodCreated c ? c.pod() : e instanceof PodDeleted d ? d.pod()
                    : e instanceof PodPhaseChanged p && p.ready() ? p.pod() : "";
            if (type.isInstance(e) && key.equals("default/" + pod) && e.timeNanos() > after) {
                return e.timeNanos();
            }
        }
        return -1;
    }

    @Test
    void theLessonPlaysAsNarrated() throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn("statefulset-daemonset-job.yaml"));
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        List<WorldEvent> events = run.timeline().events();
        assertTrue(first(events, "web-1", PodCreated.class, 0) > first(events, "web-0", PodPhaseChanged.class, 0));
        assertTrue(first(events, "web-2", PodCreated.class, 0) > first(events, "web-1", PodPhaseChanged.class, 0));
        assertTrue(first(events, "web-2", PodCreated.class, 0) < 30 * SECOND, "all three by the 30 s sentence");
        long deleted = first(events, "web-1", PodDeleted.class, 45 * SECOND);
        assertTrue(deleted > 0 && first(events, "web-1", PodCreated.class, deleted) > deleted,
                "web-1 comes back with its name");
        assertTrue(first(events, "web-2", PodDeleted.class, 100 * SECOND) < first(events, "web-1", PodDeleted.class,
                100 * SECOND), "scale-down removes web-2 before web-1");
        KubeProjection p = new KubeProjection();
        KubeState s = p.initial();
        long[] agentsOnNode4 = {0};
        long[] succeededBy30s = {0};
        for (WorldEvent e : events) {
            p.apply(s, e);
            if (e instanceof PodCreated c && c.node().equals("node-4") && c.owner().startsWith("DaemonSet:")) {
                agentsOnNode4[0]++;
            }
            if (e instanceof PodPhaseChanged c && c.phase().equals("Succeeded") && c.timeNanos() < 30 * SECOND) {
                succeededBy30s[0]++;
            }
        }
        assertEquals(1, agentsOnNode4[0], "the joining node gets one log agent");
        assertEquals(2, succeededBy30s[0], "two pi pods are Completed by the 30 s sentence");
        assertEquals("Complete", s.workloads().job("default/pi").condition());
        assertEquals(3, s.workloads().job("default/pi").succeeded());
        assertEquals(3, s.workloads().daemonSet("default/log-agent").desired());
        assertEquals(3, s.workloads().daemonSet("default/log-agent").ready());
        assertEquals(1, s.workloads().statefulSet("default/web").ready());
        assertTrue(s.pod("default/web-1") == null && s.pod("default/web-2") == null);
    }
}
