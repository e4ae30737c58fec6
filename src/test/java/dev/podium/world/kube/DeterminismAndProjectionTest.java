package dev.podium.world.kube;

import static dev.podium.world.kube.Fixtures.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.EventTypes;
import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.WatchDropped;
import dev.podium.world.kube.event.WorkqueueAdded;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.PodView;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismAndProjectionTest {
    private static List<KubeManifest> scenario() {
        return Fixtures.concat(Fixtures.nodes(3), Fixtures.deployment("web", 6, 300),
                Fixtures.deployment("api", 3, 200), Fixtures.service("web", "web"),
                Fixtures.pod("crasher", Fixtures.spec(Fixtures.container("app", "busybox:crashloop", 100))));
    }

    private static Run scripted(long seed) {
        Run run = new Run(seed, KubeParams.defaults(), scenario());
        run.runFor(40 * S);
        run.cluster.deletePod("web-*");
        run.runFor(20 * S);
        run.cluster.setImage("api", "api:2");
        run.cluster.failNode("node-3");
        run.runFor(400 * S);
        run.cluster.recoverNode("node-3");
        run.cluster.dropWatch("replicaset");
        run.runFor(60 * S);
        return run;
    }

    @Test
    void sameSeedGivesEqualEventLists() {
        Run a = scripted(7);
        Run b = scripted(7);
        assertTrue(a.events.size() > 1000);
        assertEquals(a.events, b.events);
        Run c = scripted(8);
        assertNotEquals(a.events, c.events, "another seed draws other pull times and names");
    }

    @Test
    void projectionMatchesTheApiServerAtTheEnd() {
        Run run = scripted(3);
        Timeline timeline = new Timeline();
        run.events.forEach(timeline::append);
        ProjectedState<KubeState> projected = new ProjectedState<>(timeline, new KubeProjection(), 256);
        KubeState s = projected.afterEvents(timeline.size());
        List<Pod> pods = run.pods();
        assertEquals(pods.size(), s.podCount());
        for (Pod p : pods) {
            PodView v = s.pod(p.key());
            assertNotNull(v, p.key());
            assertEquals(p.nodeName(), v.node(), p.key());
            assertEquals(p.displayStatus(), v.status(), p.key());
            assertEquals(p.ready(), v.ready(), p.key());
            assertEquals(p.restarts(), v.restarts(), p.key());
        }
        assertEquals(3, s.nodeCount());
        int onNodes = s.nodes().stream().mapToInt(n -> n.pods()).sum();
        assertEquals(pods.stream().filter(p -> !p.nodeName().isEmpty()).count(), onNodes);
        assertEquals(6, s.deployment("default/web").available());
        assertEquals(6, s.service("default/web").ready().size());
        assertTrue(s.workqueues().containsKey("replicaset"));
        assertEquals(5, s.workqueues().get("replicaset").workers());
        assertTrue(s.recentEvents().size() > 10);
        // a seek backwards restores a checkpoint and agrees with a fresh fold
        KubeState early = projected.afterEvents(1000).copy();
        ProjectedState<KubeState> fresh = new ProjectedState<>(timeline, new KubeProjection(), 100_000);
        assertEquals(fresh.afterEvents(1000).podCount(), early.podCount());
    }

    @Test
    void droppedWatchRelistsAndEveryKeyIsEnqueuedAgain() {
        Run run = new Run(Fixtures.concat(Fixtures.nodes(2), Fixtures.deployment("a", 2, 100),
                Fixtures.deployment("b", 2, 100)));
        run.runFor(30 * S);
        int before = run.of(WorkqueueAdded.class).size();
        run.cluster.dropWatch("replicaset");
        run.runFor(5 * S);
        WatchDropped dropped = run.of(WatchDropped.class).get(0);
        assertEquals("kcm/replicasets", dropped.informer());
        assertTrue(dropped.backoffNanos() >= 800_000_000L && dropped.backoffNanos() < 1_600_000_000L);
        InformerListed relist = run.of(InformerListed.class).stream()
                .filter(l -> l.informer().equals("kcm/replicasets") && l.timeNanos() > dropped.timeNanos())
                .findFirst().orElseThrow();
        assertEquals(2, relist.items());
        long requeued = run.of(WorkqueueAdded.class).stream().skip(before)
                .filter(w -> w.controller().equals("replicaset")).count();
        assertTrue(requeued >= 2, "Replaced deltas reach the handlers as updates");
    }

    @Test
    void everyEventTypeIsRegisteredForRecordings() {
        EventTypes types = new EventTypes().register(KubeEvent.types());
        for (Class<?> c : KubeEvent.class.getPermittedSubclasses()) {
            assertNotNull(types.forName(c.getSimpleName()), c.getName());
        }
        assertEquals(KubeEvent.class.getPermittedSubclasses().length, KubeEvent.types().size());
        for (Class<? extends WorldEvent> c : KubeEvent.types()) {
            for (var rc : c.getRecordComponents()) {
                assertTrue(rc.getType() != double.class && rc.getType() != float.class, c + "." + rc.getName());
            }
        }
        assertNull(types.forName("NoSuchEvent"));
    }
}
