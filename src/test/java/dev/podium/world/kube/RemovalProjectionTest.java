package dev.podium.world.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.DeploymentCreated;
import dev.podium.world.kube.event.DeploymentDeleted;
import dev.podium.world.kube.event.HpaCreated;
import dev.podium.world.kube.event.HpaDeleted;
import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.NodeDeleted;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.ReplicaSetCreated;
import dev.podium.world.kube.state.EventLine;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.NodeView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The projection folds the removals of nodes, Deployments and HPAs, and leaves what refers to them alone. */
class RemovalProjectionTest {

    private final KubeProjection projection = new KubeProjection();

    private KubeState fold(List<WorldEvent> events) {
        KubeState s = projection.initial();
        for (WorldEvent e : events) {
            projection.apply(s, e);
        }
        return s;
    }

    private static NodeAdded node(long t, String name) {
        return new NodeAdded(t, name, 4000, 8L << 30, 110, List.of(), false);
    }

    @Test
    void aDeletedNodeDeploymentAndHpaAreGoneAndTheirDependentsStay() {
        KubeState s = fold(List.of(node(1, "node-a"), node(1, "node-b"),
                new DeploymentCreated(2, "default/web", 2, "RollingUpdate", "25%", "25%", "nginx:1.27"),
                new ReplicaSetCreated(3, "default/web-abc", "default/web", 1, "abc", 2, "nginx:1.27"),
                new PodCreated(4, "default/web-abc-1", "default/web-abc", "", 100, 64L << 20, "nginx:1.27", 1),
                new PodScheduled(5, "default/web-abc-1", "node-b", 2, 2, 80),
                new HpaCreated(6, "default/web", "default/web", 2, 5, 80),
                new NodeDeleted(10, "node-b"), new DeploymentDeleted(11, "default/web"),
                new HpaDeleted(12, "default/web")));
        assertEquals(1, s.nodeCount());
        assertNull(s.node("node-b"));
        assertNull(s.deployment("default/web"));
        assertNull(s.hpa("default/web"));
        assertEquals(0, s.deployments().size());
        assertEquals(0, s.hpas().size());
        assertNotNull(s.replicaSet("default/web-abc"), "the garbage collector's cascade comes as its own events");
        assertEquals("node-b", s.pod("default/web-abc-1").node(), "the pod is still bound, as in the API");
        EventLine last = s.recentEvents().get(s.recentEvents().size() - 1);
        assertEquals("RemovingNode", last.reason());
        assertEquals(12, s.timeNanos());
    }

    @Test
    void aNodeThatRejoinsUnderItsNameCountsThePodsStillBoundToIt() {
        KubeState s = fold(List.of(node(1, "node-a"),
                new PodCreated(2, "default/p-1", "", "", 250, 128L << 20, "busybox", 1),
                new PodCreated(2, "default/p-2", "", "", 100, 64L << 20, "busybox", 1),
                new PodScheduled(3, "default/p-1", "node-a", 1, 1, 0),
                new PodScheduled(3, "default/p-2", "node-a", 1, 1, 0),
                new NodeDeleted(4, "node-a"), node(5, "node-a")));
        NodeView back = s.node("node-a");
        assertEquals(2, back.pods());
        assertEquals(350, back.requestedMilliCpu());
        assertEquals(192L << 20, back.requestedMemoryBytes());
        projection.apply(s, new PodDeleted(6, "default/p-1", "node-a"));
        projection.apply(s, new PodDeleted(6, "default/p-2", "node-a"));
        assertEquals(0, s.node("node-a").pods());
        assertEquals(0, s.node("node-a").requestedMilliCpu());
    }

    @Test
    void aCopyKeepsTheRemovedNodesMemoryApart() {
        KubeState s = fold(List.of(node(1, "node-a"),
                new PodCreated(2, "default/p-1", "", "", 250, 128L << 20, "busybox", 1),
                new PodScheduled(3, "default/p-1", "node-a", 1, 1, 0), new NodeDeleted(4, "node-a")));
        KubeState copy = s.copy();
        projection.apply(s, node(5, "node-a"));
        projection.apply(copy, new PodDeleted(5, "default/p-1", "node-a"));
        projection.apply(copy, node(6, "node-a"));
        assertEquals(1, s.node("node-a").pods());
        assertEquals(0, copy.node("node-a").pods(), "the copy recounts from its own pods");
    }
}
