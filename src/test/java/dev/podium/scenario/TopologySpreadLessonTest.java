package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.PodUnschedulable;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.PodView;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** simulations/topology-spread.yaml plays as its narration says. */
class TopologySpreadLessonTest {
    private static final long SECOND = 1_000_000_000L;

    /** Pods of {@code app} bound per node before {@code beforeSeconds}. */
    private static Map<String, Integer> perNode(KubeLessonsTest.Lesson lesson, String app, long beforeSeconds) {
        Map<String, Integer> out = new TreeMap<>();
        for (PodScheduled s : lesson.all(PodScheduled.class)) {
            if (s.pod().startsWith("default/" + app + "-") && s.timeNanos() < beforeSeconds * SECOND) {
                out.merge(s.node(), 1, Integer::sum);
            }
        }
        return out;
    }

    @Test
    void webSpreadsOnePerZoneThenTwoThenLeavesTheNinthPendingAndCacheKeepsOnePerNode() throws Exception {
        KubeLessonsTest.Lesson lesson = new KubeLessonsTest.Lesson("topology-spread.yaml");
        assertEquals(Map.of("zone-a-1", 1, "zone-b-1", 1, "zone-c-1", 1), perNode(lesson, "web", 30));
        assertEquals(Map.of("zone-a-1", 2, "zone-b-1", 2, "zone-c-1", 2), perNode(lesson, "web", 60));
        assertEquals(Map.of("zone-a-1", 3, "zone-b-1", 3, "zone-c-1", 2), perNode(lesson, "web", 180));
        assertEquals(Map.of("zone-a-1", 1, "zone-b-1", 1, "zone-c-1", 1), perNode(lesson, "cache", 180));

        List<String> webReasons = lesson.all(PodUnschedulable.class).stream()
                .filter(u -> u.pod().startsWith("default/web-")).map(PodUnschedulable::message).distinct().toList();
        assertEquals(List.of("0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't match pod topology "
                + "spread constraints."), webReasons);
        List<String> cacheReasons = lesson.all(PodUnschedulable.class).stream()
                .filter(u -> u.pod().startsWith("default/cache-")).map(PodUnschedulable::message).distinct()
                .toList();
        assertEquals(List.of("0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules."),
                cacheReasons);
        assertTrue(lesson.all(PodUnschedulable.class).stream().allMatch(u -> u.timeNanos() > 60 * SECOND),
                "nothing waits before web is scaled to 9");

        KubeState end = lesson.end();
        List<PodView> pending = end.pods().stream().filter(p -> p.node().isEmpty()).toList();
        assertEquals(2, pending.size(), "one web and one cache pod stay Pending");
        assertTrue(pending.stream().anyMatch(p -> p.key().startsWith("default/web-")
                && p.message().contains("topology spread")));
        assertTrue(pending.stream().anyMatch(p -> p.key().startsWith("default/cache-")
                && p.message().contains("anti-affinity")));
    }
}
