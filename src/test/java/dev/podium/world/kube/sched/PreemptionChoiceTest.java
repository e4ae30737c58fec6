package dev.podium.world.kube.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.podium.world.kube.api.Node;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.spec.ContainerSpec;
import dev.podium.world.kube.spec.PodSpec;
import dev.podium.world.kube.spec.Resources;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which node and which victims DefaultPreemption picks (pickOneNodeForPreemption's order, reprieves). */
class PreemptionChoiceTest {
    private final Map<String, Integer> priority = new HashMap<>();
    private long created;

    private Pod pod(String name, long milliCpu, int prio) {
        PodSpec spec = new PodSpec(List.of(new ContainerSpec("c", "img", new Resources(milliCpu, 0), Resources.NONE,
                null, null, null, false, 0)), List.of(), Map.of(), List.of(), "", "Always", 0, prio);
        Pod p = Pod.create("default", name, Map.of(), "", spec, created++);
        priority.put(p.key(), prio);
        return p;
    }

    private static NodeInfo node(String name, long milliCpu, Pod... pods) {
        NodeInfo info = new NodeInfo(new Node(name, new Resources(milliCpu, 1L << 34), 110, Map.of(), List.of(),
                false, "True", "KubeletReady", 0));
        for (Pod p : pods) {
            info.add(p);
        }
        return info;
    }

    private Preemption.Candidate find(Pod preemptor, NodeInfo... nodes) {
        return Preemption.find(preemptor, List.of(nodes), p -> priority.get(p.key()));
    }

    @Test
    void theNodeWhoseMostImportantVictimIsLeastImportantWins() {
        NodeInfo a = node("a", 2000, pod("mid-1", 1000, 500), pod("mid-2", 1000, 500));
        NodeInfo b = node("b", 2000, pod("low-1", 1000, 100), pod("low-2", 1000, 100));
        Preemption.Candidate c = find(pod("critical", 2000, 1000), a, b);
        assertEquals("b", c.node().node.name());
        assertEquals(List.of("default/low-1", "default/low-2"), c.victims().stream().map(Pod::key).toList());
    }

    @Test
    void lowerPodsThatCanStayAreReprievedMostImportantFirst() {
        NodeInfo a = node("a", 3000, pod("low", 1000, 100), pod("mid", 1000, 500), pod("other", 1000, 200));
        Preemption.Candidate c = find(pod("critical", 1000, 1000), a);
        assertEquals(List.of("default/low"), c.victims().stream().map(Pod::key).toList(),
                "only one CPU is needed: mid and other are put back first, the least important is evicted");
    }

    @Test
    void atEqualPrioritiesFewerVictimsWin() {
        NodeInfo a = node("a", 2000, pod("a-1", 1000, 100), pod("a-2", 1000, 100));
        NodeInfo b = node("b", 2000, pod("b-1", 2000, 100));
        Preemption.Candidate c = find(pod("critical", 2000, 1000), a, b);
        assertEquals("b", c.node().node.name());
        assertEquals(1, c.victims().size());
    }

    @Test
    void equalOrHigherPodsAreNeverVictims() {
        NodeInfo a = node("a", 2000, pod("same", 2000, 1000));
        Preemption.Candidate c = find(pod("critical", 2000, 1000), a);
        assertNull(c.node());
        assertEquals(0, c.examined());
    }
}
