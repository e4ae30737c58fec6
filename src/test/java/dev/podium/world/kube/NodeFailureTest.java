package dev.podium.world.kube;

import static dev.podium.world.kube.Fixtures.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.event.EndpointsChanged;
import dev.podium.world.kube.event.NodeConditionChanged;
import dev.podium.world.kube.event.NodeTainted;
import dev.podium.world.kube.event.PodEvicted;
import dev.podium.world.kube.event.PodUnschedulable;
import dev.podium.world.kube.spec.Taint;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeFailureTest {

    @Test
    void podsAreEvictedTolerationSecondsAfterTheNodeBecameNotReady() {
        Run run = new Run(Fixtures.concat(Fixtures.nodes(2), Fixtures.deployment("web", 4, 500),
                Fixtures.service("web", "web")));
        run.runFor(60 * S);
        assertEquals(4, run.readyPods("web-"));
        long failedAt = run.kernel.now();
        long onNode1 = run.pods().stream().filter(p -> p.nodeName().equals("node-1")).count();
        assertTrue(onNode1 > 0);
        run.cluster.failNode("node-1");
        run.runFor(400 * S);
        NodeConditionChanged unknown = run.of(NodeConditionChanged.class).get(0);
        assertEquals("Unknown", unknown.status());
        long detection = unknown.timeNanos() - failedAt;
        // grace 50 s after the last renewal (renewals every 10 s), found by a 5 s monitor tick
        assertTrue(detection > 40 * S && detection <= 65 * S, "detected after " + detection / 1e9 + " s");
        NodeTainted noExecute = run.of(NodeTainted.class).stream().filter(t -> t.taint().endsWith(":NoExecute"))
                .findFirst().orElseThrow();
        List<PodEvicted> evicted = run.of(PodEvicted.class);
        assertEquals(onNode1, evicted.size());
        for (PodEvicted e : evicted) {
            long after = e.timeNanos() - noExecute.timeNanos();
            assertEquals(300 * S, e.toleratedNanos());
            assertTrue(after >= 300 * S && after < 300 * S + 10_000_000L, "evicted " + after / 1e9 + " s after");
        }
        assertEquals(4, run.readyPods("web-"), "replacements run on node-2");
        EndpointsChanged lastEndpoints = run.of(EndpointsChanged.class).get(run.of(EndpointsChanged.class).size()
                - 1);
        assertEquals(4, lastEndpoints.ready().size());
        assertTrue(lastEndpoints.ready().stream().allMatch(k -> run.cluster.api().pod(k).nodeName()
                .equals("node-2")));
        assertTrue(run.of(EndpointsChanged.class).stream().anyMatch(e -> e.ready().size() == 4 - onNode1),
                "pods of the lost node left the endpoints when marked not ready");
    }

    @Test
    void unschedulablePodStaysPendingWithKubectlsReason() {
        Run run = new Run(Fixtures.concat(List.of(Fixtures.node("small-1", 1000, 8 * Fixtures.GIB),
                Fixtures.node("small-2", 1000, 8 * Fixtures.GIB),
                Fixtures.taintedNode("gpu-1", new Taint("gpu", "true", "NoSchedule"))),
                Fixtures.pod("big", Fixtures.spec(Fixtures.container("app", "ml:1", 3000)))));
        run.runFor(60 * S);
        var pod = run.cluster.api().pod("default/big");
        assertEquals("Pending", pod.phase());
        assertEquals("", pod.nodeName());
        String expected = "0/3 nodes are available: 1 node(s) had untolerated taint {gpu: true}, "
                + "2 Insufficient cpu.";
        assertEquals(expected, pod.unschedulableMessage());
        List<PodUnschedulable> attempts = run.of(PodUnschedulable.class);
        assertEquals(expected, attempts.get(0).message());
        assertEquals(1, attempts.size(), "no cluster event: it waits in unschedulablePods (5 min leftover flush)");
    }

    @Test
    void drainCordonsAndMovesEveryPodToOtherNodes() {
        Run run = new Run(Fixtures.concat(Fixtures.nodes(2), Fixtures.deployment("web", 4, 500)));
        run.runFor(60 * S);
        run.cluster.drain("node-1");
        run.runFor(60 * S);
        assertTrue(run.cluster.api().node("node-1").unschedulable());
        assertEquals(4, run.readyPods("web-"));
        assertTrue(run.pods().stream().allMatch(p -> p.nodeName().equals("node-2")));
        run.cluster.uncordon("node-1");
        run.cluster.scale("web", 6);
        run.runFor(60 * S);
        assertEquals(6, run.readyPods("web-"));
        assertTrue(run.pods().stream().anyMatch(p -> p.nodeName().equals("node-1")), "uncordoned node is used");
    }
}
