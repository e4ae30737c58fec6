package dev.podium.world.kube.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.spec.AffinityTerm;
import dev.podium.world.kube.spec.LabelSelector;
import dev.podium.world.kube.spec.LabelSelector.Requirement;
import dev.podium.world.kube.spec.SchedulingSpec;
import dev.podium.world.kube.spec.SpreadConstraint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Required inter-pod affinity in filter, matchExpressions in terms and spread constraints, and minDomains. */
class PodAffinityFilterTest extends TopologyFixtures {
    private static final LabelSelector SECURITY_S1 = new LabelSelector(Map.of(),
            List.of(new Requirement("security", "In", List.of("S1"))));



    private static SchedulingSpec with(AffinityTerm... required) {
        return new SchedulingSpec("", "", List.of(), List.of(), List.of(), List.of(required), List.of());
    }


    @Test
    void requiredAffinityKeepsThePodInTheZoneOfASelectedPod() {
        List<NodeInfo> nodes = List.of(node("a1", "zone-a"), node("a2", "zone-a",
                pod("s1", Map.of("security", "S1"), SchedulingSpec.NONE)), node("b1", "zone-b"),
                node("c1", null));
        Pod p = pod("with-pod-affinity", Map.of(), with(new AffinityTerm(ZONE, SECURITY_S1, 0)));
        Filters.Result r = schedule(p, nodes, 0);
        assertEquals(2, r.feasible, "a1 and a2 share zone-a with the S1 pod");
        assertTrue(r.best.node.name().startsWith("a"));
        assertEquals(2, r.reasons.get(InterPodAffinity.AFFINITY_RULES), "b1 has no S1 pod, c1 has no zone label");
        assertEquals("0/2 nodes are available: 2 node(s) didn't match pod affinity rules.",
                schedule(p, List.of(nodes.get(2), nodes.get(3)), 0).message(2));
    }

    @Test
    void theFirstPodOfAGroupThatSelectsItselfMayGoAnywhereWithTheKey() {
        AffinityTerm sameHostAsCache = new AffinityTerm(HOST, Map.of("app", "cache"), 0);
        List<NodeInfo> nodes = List.of(node("a1", "zone-a"), node("b1", "zone-b"));
        assertEquals(2, schedule(pod("cache-0", Map.of("app", "cache"), with(sameHostAsCache)), nodes, 0).feasible);
        Filters.Result stranger = schedule(pod("web", Map.of("app", "web"), with(sameHostAsCache)), nodes, 0);
        assertNull(stranger.best, "a pod that does not match its own term waits for a cache pod to exist");
        assertEquals(2, stranger.reasons.get(InterPodAffinity.AFFINITY_RULES));
    }

    @Test
    void matchExpressionsOperatorsSelectAsTheApiDoes() {
        Map<String, String> web = Map.of("app", "web", "tier", "front");
        assertTrue(new Requirement("app", "In", List.of("web", "api")).matches(web));
        assertFalse(new Requirement("app", "NotIn", List.of("web")).matches(web));
        assertTrue(new Requirement("team", "NotIn", List.of("x")).matches(web), "NotIn holds when the key is absent");
        assertTrue(new Requirement("tier", "Exists", List.of()).matches(web));
        assertFalse(new Requirement("tier", "DoesNotExist", List.of()).matches(web));
        LabelSelector both = new LabelSelector(Map.of("app", "web"),
                List.of(new Requirement("tier", "In", List.of("back"))));
        assertFalse(both.matches(web), "matchLabels and matchExpressions are ANDed");
        assertFalse(LabelSelector.NONE.matches(web));
    }

    @Test
    void antiAffinityWithMatchExpressionsRejectsTheHostOfASelectedPod() {
        LabelSelector notBatch = new LabelSelector(Map.of(), List.of(new Requirement("app", "NotIn",
                List.of("batch")), new Requirement("app", "Exists", List.of())));
        SchedulingSpec avoid = new SchedulingSpec("", "", List.of(), List.of(new AffinityTerm(HOST, notBatch, 0)),
                List.of());
        List<NodeInfo> nodes = List.of(node("a1", "zone-a", pod("web-0", Map.of("app", "web"), SchedulingSpec.NONE)),
                node("b1", "zone-b", pod("batch-0", Map.of("app", "batch"), SchedulingSpec.NONE)));
        Filters.Result r = schedule(pod("web-1", Map.of("app", "other"), avoid), nodes, 0);
        assertEquals("b1", r.best.node.name());
        assertEquals(1, r.reasons.get(InterPodAffinity.POD_RULES));
    }

    @Test
    void spreadCountsPodsByMatchExpressionsAndMinDomainsTreatsMissingZonesAsEmpty() {
        LabelSelector webOrApi = new LabelSelector(Map.of(), List.of(new Requirement("app", "In",
                List.of("web", "api"))));
        List<NodeInfo> nodes = List.of(node("a1", "zone-a", pod("web-0", Map.of("app", "web"), SchedulingSpec.NONE),
                pod("api-0", Map.of("app", "api"), SchedulingSpec.NONE)), node("b1", "zone-b",
                pod("web-1", Map.of("app", "web"), SchedulingSpec.NONE)));
        SchedulingSpec spread = new SchedulingSpec("", "", List.of(new SpreadConstraint(1, ZONE, true, webOrApi, 1)),
                List.of(), List.of());
        Filters.Result r = schedule(pod("web-2", Map.of("app", "web"), spread), nodes, 0);
        assertEquals("b1", r.best.node.name(), "zone-a holds 2 selected pods (web and api), zone-b 1");
        assertEquals(1, r.feasible);

        SchedulingSpec three = new SchedulingSpec("", "", List.of(new SpreadConstraint(1, ZONE, true, webOrApi, 3)),
                List.of(), List.of());
        Filters.Result fewDomains = schedule(pod("web-3", Map.of("app", "web"), three), nodes, 0);
        assertNull(fewDomains.best, "with 2 of minDomains 3 zones the minimum is 0: 1 + 1 − 0 > maxSkew in zone-b");
        assertEquals(2, fewDomains.reasons.get(TopologySpread.NOT_MATCH));
    }
}
