package dev.podium.world.kube.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.podium.world.kube.api.Node;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.spec.AffinityTerm;
import dev.podium.world.kube.spec.ContainerSpec;
import dev.podium.world.kube.spec.PodSpec;
import dev.podium.world.kube.spec.Resources;
import dev.podium.world.kube.spec.SchedulingSpec;
import dev.podium.world.kube.spec.SpreadConstraint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DefaultPreemption's dry run re-runs every filter with the victims taken away, PodTopologySpread and inter-pod
 * anti-affinity included: a victim set that frees cpu but leaves the preemptor unschedulable is no candidate.
 */
class PreemptionTopologyTest {
    private static final String ZONE = "topology.kubernetes.io/zone";
    private static final String HOST = "kubernetes.io/hostname";
    private static final Map<String, String> WEB = Map.of("app", "web");
    private final Map<String, Integer> priority = new HashMap<>();
    private long created;

    private Pod pod(String name, Map<String, String> labels, long milliCpu, int prio, SchedulingSpec scheduling) {
        PodSpec spec = new PodSpec(List.of(new ContainerSpec("c", "img", new Resources(milliCpu, 0), Resources.NONE,
                null, null, null, false, 0)), List.of(), Map.of(), List.of(), "", "Always", 0, prio, scheduling);
        Pod p = Pod.create("default", name, labels, "", spec, created++);
        priority.put(p.key(), prio);
        return p;
    }

    private static NodeInfo node(String name, String zone, long milliCpu, Pod... pods) {
        NodeInfo info = new NodeInfo(new Node(name, new Resources(milliCpu, 1L << 34), 110,
                Map.of(HOST, name, ZONE, zone), List.of(), false, "True", "KubeletReady", 0));
        for (Pod p : pods) {
            info.add(p);
        }
        return info;
    }

    private static List<String> keys(List<Pod> pods) {
        return pods.stream().map(Pod::key).toList();
    }

    @Test
    void aVictimWhoseAntiAffinityKeepsThePreemptorOutIsEvictedNotTheCpuHog() {
        SchedulingSpec noWebHere = new SchedulingSpec("", "", List.of(), List.of(new AffinityTerm(HOST, WEB, 0)),
                List.of());
        Pod filler = pod("filler", Map.of("app", "batch"), 1000, 100, SchedulingSpec.NONE);
        Pod guard = pod("guard", Map.of("app", "guard"), 0, 100, noWebHere);
        NodeInfo a = node("a", "zone-a", 2000, filler, guard);
        Pod web = pod("web", WEB, 1000, 1000, SchedulingSpec.NONE);

        Preemption.Candidate c = Preemption.find(web, List.of(a), p -> priority.get(p.key()), 1);

        assertEquals("a", c.node().node.name());
        assertEquals(List.of("default/guard"), keys(c.victims()),
                "the cpu fits already; only the guard's anti-affinity keeps web out");
    }

    @Test
    void victimsMustBringTheZoneBackWithinMaxSkew() {
        SchedulingSpec spread = new SchedulingSpec("", "", List.of(new SpreadConstraint(1, ZONE, true, WEB)),
                List.of(), List.of());
        NodeInfo a = node("a", "zone-a", 2000, pod("db-1", Map.of("app", "db"), 1000, 2000, SchedulingSpec.NONE),
                pod("db-2", Map.of("app", "db"), 1000, 2000, SchedulingSpec.NONE));
        NodeInfo b = node("b", "zone-b", 2000, pod("web-b", WEB, 1000, 100, SchedulingSpec.NONE),
                pod("batch-b", Map.of("app", "batch"), 1000, 100, SchedulingSpec.NONE));
        Pod web = pod("web", WEB, 1000, 1000, spread);

        Preemption.Candidate c = Preemption.find(web, List.of(a, b), p -> priority.get(p.key()), 0);

        assertEquals("b", c.node().node.name());
        assertEquals(List.of("default/web-b"), keys(c.victims()),
                "zone-b would hold 2 web pods against zone-a's 0 unless web-b goes; batch-b can stay");
    }

    @Test
    void noCandidateWhenOnlyPodsOnOtherNodesBreakTheSkew() {
        SchedulingSpec spread = new SchedulingSpec("", "", List.of(new SpreadConstraint(1, ZONE, true, WEB)),
                List.of(), List.of());
        NodeInfo a = node("a", "zone-a", 2000, pod("db-1", Map.of("app", "db"), 2000, 2000, SchedulingSpec.NONE));
        NodeInfo b = node("b", "zone-b", 2000, pod("web-b", WEB, 1000, 2000, SchedulingSpec.NONE),
                pod("batch-b", Map.of("app", "batch"), 1000, 100, SchedulingSpec.NONE));
        Pod web = pod("web", WEB, 1000, 1000, spread);

        Preemption.Candidate c = Preemption.find(web, List.of(a, b), p -> priority.get(p.key()), 0);

        assertNull(c.node(), "web-b outranks the preemptor, so no eviction on b can fix zone-b's skew");
    }
}
