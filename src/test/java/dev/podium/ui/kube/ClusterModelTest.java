package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.PodTerminating;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterModelTest {

    @Test
    void podWaitsInTheQueueThenBindsAndRemembersWhenItsStatusBegan() {
        ClusterModel m = new ClusterModel();
        m.accept(new NodeAdded(0, "node-b", 4000, 1L << 33, 110, List.of(), false));
        m.accept(new NodeAdded(0, "node-a", 4000, 1L << 33, 110, List.of(), false));
        m.accept(new PodCreated(10, "default/web-1", "default/web-rs", "", 100, 1 << 20, "nginx", 1));
        m.accept(new PodCreated(11, "default/web-2", "default/web-rs", "", 100, 1 << 20, "nginx", 1));
        assertEquals(2, m.pending().size());
        int first = m.pending().first();
        assertEquals("default/web-1", m.key(first));
        m.accept(new PodScheduled(20, "default/web-1", "node-a", 2, 2, 90));
        assertEquals(1, m.pending().size());
        int a = m.nodes().indexOf("node-a");
        assertEquals(a, m.nodes().atRank(0), "nodes are ranked by name");
        assertEquals(1, m.nodes().podCount(a));
        assertEquals(20, m.scheduledAt(first));
        m.accept(new PodPhaseChanged(30, "default/web-1", "Pending", "ContainerCreating", false, 0, 1, 0));
        m.accept(new PodPhaseChanged(40, "default/web-1", "Running", "Running", true, 1, 1, 0));
        m.accept(new PodPhaseChanged(45, "default/web-1", "Running", "Running", true, 1, 1, 0));
        assertEquals(PodStatus.RUNNING, m.status(first));
        assertEquals(40, m.since(first), "an unchanged status keeps its start time");
        assertEquals(1, m.nodes().count(a, PodStatus.RUNNING));
        m.accept(new PodTerminating(50, "default/web-1", 30_000_000_000L, "deleted"));
        assertEquals(0, m.nodes().count(a, PodStatus.RUNNING));
        assertEquals(1, m.nodes().count(a, PodStatus.TERMINATING));
    }

    @Test
    void deletingAPodSlidesItsFollowersDownOneSlot() {
        ClusterModel m = new ClusterModel();
        m.accept(new NodeAdded(0, "n", 4000, 1L << 33, 110, List.of(), false));
        for (int i = 0; i < 4; i++) {
            m.accept(new PodCreated(i, "ns/p" + i, "", "", 1, 1, "img", 1));
            m.accept(new PodScheduled(i, "ns/p" + i, "n", 1, 1, 1));
        }
        m.accept(new PodDeleted(9, "ns/p1", "n"));
        int n = m.nodes().indexOf("n");
        assertEquals(3, m.nodes().podCount(n));
        assertEquals("ns/p2", m.key(m.nodes().pods(n)[1]));
        assertEquals("ns/p3", m.key(m.nodes().pods(n)[2]));
        assertEquals(3, m.nodes().count(n, PodStatus.PENDING));
        m.accept(new PodCreated(10, "ns/p9", "", "", 1, 1, "img", 1));
        m.accept(new PodScheduled(10, "ns/p9", "n", 1, 1, 1));
        assertEquals("ns/p9", m.key(m.nodes().pods(n)[3]), "the freed id is reused at the end of the node");
        assertEquals(4, m.podCount());
    }
}
