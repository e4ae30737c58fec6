package dev.podium.world.kube.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.spec.AffinityTerm;
import dev.podium.world.kube.spec.SchedulingSpec;
import dev.podium.world.kube.spec.SpreadConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PodTopologySpread and the anti-affinity half of InterPodAffinity in filter and score, with kubectl's reasons. */
class TopologyFilterScoreTest extends TopologyFixtures {
    private static final Map<String, String> WEB = Map.of("app", "web");


    private static SchedulingSpec spread(int maxSkew, String key, boolean hard) {
        return new SchedulingSpec("", "", List.of(new SpreadConstraint(maxSkew, key, hard, WEB)), List.of(),
                List.of());
    }



    /** Three zones with 2, 1 and 1 web pods. */
    private List<NodeInfo> zones(int a, int b, int c) {
        List<NodeInfo> nodes = new ArrayList<>();
        int[] counts = {a, b, c};
        for (int z = 0; z < 3; z++) {
            List<Pod> pods = new ArrayList<>();
            for (int i = 0; i < counts[z]; i++) {
                pods.add(pod("web-" + z + "-" + i, WEB, SchedulingSpec.NONE));
            }
            nodes.add(node("node-" + (char) ('a' + z), "zone-" + (char) ('a' + z), pods.toArray(Pod[]::new)));
        }
        return nodes;
    }

    /** Three other pods, so that on resources alone the node would score lowest. */
    private void busy(NodeInfo info) {
        for (int i = 0; i < 3; i++) {
            info.add(pod("cache-" + i, Map.of("app", "cache"), SchedulingSpec.NONE));
        }
    }

    @Test
    void doNotScheduleRejectsTheZonesThatWouldExceedMaxSkew() {
        Filters.Result r = schedule(pod("web-new", WEB, spread(1, ZONE, true)), zones(2, 2, 1), 0);
        assertEquals("node-c", r.best.node.name());
        assertEquals(1, r.feasible);
        assertEquals(Map.of(TopologySpread.NOT_MATCH, 2), r.reasons,
                "zones a and b would hold 3 against zone c's 1, a skew of 2");
    }

    @Test
    void whenEveryZoneIsBalancedAnyZoneFitsAndAPodOutsideTheSelectorIsNotCounted() {
        List<NodeInfo> nodes = zones(1, 1, 1);
        nodes.get(0).add(pod("cache", Map.of("app", "cache"), SchedulingSpec.NONE));
        Filters.Result r = schedule(pod("web-new", WEB, spread(1, ZONE, true)), nodes, 0);
        assertEquals(3, r.feasible);
    }

    @Test
    void aNodeWithoutTheZoneLabelIsRejectedAsMissingTheRequiredLabel() {
        List<NodeInfo> nodes = new ArrayList<>(zones(0, 0, 0));
        nodes.add(node("bare", null));
        Filters.Result r = schedule(pod("web-new", WEB, spread(1, ZONE, true)), nodes, 0);
        assertEquals(3, r.feasible);
        assertEquals(1, r.reasons.get(TopologySpread.MISSING_LABEL));
    }

    @Test
    void scheduleAnywayNeverRejectsButScoresTheEmptiestZoneHighest() {
        List<NodeInfo> nodes = zones(2, 0, 2);
        busy(nodes.get(1));
        Filters.Result r = schedule(pod("web-new", WEB, spread(1, ZONE, false)), nodes, 0);
        assertEquals(3, r.feasible);
        assertEquals("node-b", r.best.node.name());
    }

    @Test
    void aTerminatingPodDoesNotCountTowardsTheSkew() {
        List<NodeInfo> nodes = zones(1, 1, 0);
        Pod leaving = pod("web-leaving", WEB, SchedulingSpec.NONE).withDeletion(0, 30, "Deleted");
        nodes.get(2).add(leaving);
        Filters.Result r = schedule(pod("web-new", WEB, spread(1, ZONE, true)), nodes, 0);
        assertEquals("node-c", r.best.node.name());
        assertEquals(1, r.feasible);
    }

    @Test
    void requiredAntiAffinityKeepsOneWebPodPerHostAndSaysSo() {
        SchedulingSpec onePerHost = new SchedulingSpec("", "", List.of(), List.of(new AffinityTerm(HOST, WEB, 0)),
                List.of());
        Filters.Result r = schedule(pod("web-new", WEB, onePerHost), zones(1, 1, 1), 0);
        assertNull(r.best);
        assertEquals("0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules.", r.message(3));
    }

    @Test
    void anExistingPodsRequiredAntiAffinityKeepsTheNewPodAway() {
        SchedulingSpec alone = new SchedulingSpec("", "", List.of(), List.of(new AffinityTerm(ZONE, WEB, 0)),
                List.of());
        List<NodeInfo> nodes = zones(0, 0, 0);
        nodes.get(1).add(pod("loner", Map.of("app", "loner"), alone));
        Filters.Result r = schedule(pod("web-new", WEB, SchedulingSpec.NONE), nodes, 1);
        assertEquals(2, r.feasible);
        assertEquals(1, r.reasons.get(InterPodAffinity.EXISTING_RULES));
        assertNull(InterPodAffinity.of(pod("web-2", WEB, SchedulingSpec.NONE), nodes, 0),
                "without pods carrying terms the plugin does not run");
    }

    @Test
    void preferredAntiAffinityScoresTheZoneWithoutAWebPodHighest() {
        SchedulingSpec rather = new SchedulingSpec("", "", List.of(), List.of(),
                List.of(new AffinityTerm(ZONE, WEB, 100)));
        List<NodeInfo> nodes = zones(1, 0, 1);
        busy(nodes.get(1));
        Filters.Result r = schedule(pod("web-new", WEB, rather), nodes, 0);
        assertNotNull(r.best);
        assertEquals(3, r.feasible);
        assertEquals("node-b", r.best.node.name());
    }
}
