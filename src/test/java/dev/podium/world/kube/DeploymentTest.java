package dev.podium.world.kube;

import static dev.podium.world.kube.Fixtures.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodTerminating;
import dev.podium.world.kube.event.ReconcileFinished;
import dev.podium.world.kube.event.ReplicaSetCreated;
import dev.podium.world.kube.spec.IntOrPercent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeploymentTest {

    @Test
    void deploymentConvergesToItsReplicasAfterAPodIsDeleted() {
        Run run = new Run(Fixtures.concat(Fixtures.nodes(3), Fixtures.deployment("web", 3, 500)));
        run.runFor(30 * S);
        assertEquals(3, run.readyPods("web-"));
        String victim = run.pods().get(0).key();
        run.cluster.deletePod(victim);
        run.runFor(S / 4);
        assertEquals(4, run.pods().size(), "the replacement exists while the victim is still terminating");
        run.runFor(30 * S);
        assertEquals(3, run.pods().size());
        assertEquals(3, run.readyPods("web-"));
        assertTrue(run.pods().stream().noneMatch(p -> p.key().equals(victim)));
        assertTrue(run.of(ReconcileFinished.class).stream()
                .anyMatch(r -> r.controller().equals("replicaset") && r.action().contains("createPods:1")
                        && r.observed().equals("desired 3 actual 2")));
    }

    @Test
    void rollingUpdateStaysWithinSurgeAndUnavailabilityAtEveryEvent() {
        // replicas 10, maxSurge 25% -> 3, maxUnavailable 25% -> 2: at most 13 pods, at least 8 available
        Run run = new Run(Fixtures.concat(Fixtures.nodes(4), Fixtures.deployment("web", 10,
                new IntOrPercent(25, true), new IntOrPercent(25, true),
                Fixtures.spec(Fixtures.container("app", "nginx:1.25", 200)))));
        run.runFor(60 * S);
        assertEquals(10, run.readyPods("web-"));
        Set<String> live = new HashSet<>();
        Map<String, Boolean> ready = new HashMap<>();
        for (var p : run.pods()) {
            live.add(p.key());
            ready.put(p.key(), p.ready());
        }
        int[] maxLive = {0};
        int[] minReady = {Integer.MAX_VALUE};
        run.onEvent((WorldEvent e) -> {
            if (e instanceof PodCreated) {
                live.add(((PodCreated) e).pod());
                ready.put(((PodCreated) e).pod(), false);
            } else if (e instanceof PodTerminating) {
                live.remove(((PodTerminating) e).pod());
                ready.put(((PodTerminating) e).pod(), false);
            } else if (e instanceof PodDeleted) {
                live.remove(((PodDeleted) e).pod());
                ready.remove(((PodDeleted) e).pod());
            } else if (e instanceof PodPhaseChanged) {
                PodPhaseChanged c = (PodPhaseChanged) e;
                if (ready.containsKey(c.pod())) {
                    ready.put(c.pod(), c.ready() && !"Terminating".equals(c.status()));
                }
            }
            maxLive[0] = Math.max(maxLive[0], live.size());
            minReady[0] = Math.min(minReady[0], (int) ready.values().stream().filter(b -> b).count());
        });
        run.cluster.setImage("web", "nginx:1.26");
        run.runFor(180 * S);
        assertTrue(maxLive[0] <= 13, "pods never exceed replicas + maxSurge: " + maxLive[0]);
        assertTrue(maxLive[0] > 10, "the rollout surged: " + maxLive[0]);
        assertTrue(minReady[0] >= 8, "available never below replicas - maxUnavailable: " + minReady[0]);
        assertEquals(10, run.pods().size());
        assertTrue(run.pods().stream().allMatch(p -> p.spec().containers().get(0).image().equals("nginx:1.26")
                && p.ready()));
        assertEquals(2, run.of(ReplicaSetCreated.class).size());
        assertEquals(2, run.of(ReplicaSetCreated.class).get(1).revision());
    }

    @Test
    void recreateStopsEveryOldPodBeforeStartingNewOnes() {
        var d = Fixtures.deployment("db", 3, 200);
        var recreate = new dev.podium.world.kube.spec.DeploymentManifest(d.meta(), 3, d.selector(), d.template(),
                "Recreate", d.maxSurge(), d.maxUnavailable(), 10, 0, 600 * S);
        Run run = new Run(Fixtures.concat(Fixtures.nodes(2), recreate));
        run.runFor(30 * S);
        run.cluster.setImage("db", "postgres:17");
        long changedAt = run.kernel.now();
        run.runFor(90 * S);
        long lastOldDeleted = run.of(PodDeleted.class).stream().mapToLong(PodDeleted::timeNanos).max().orElse(0);
        long firstNewCreated = run.of(PodCreated.class).stream().filter(p -> p.timeNanos() > changedAt)
                .mapToLong(PodCreated::timeNanos).min().orElse(0);
        assertTrue(firstNewCreated > lastOldDeleted, "new pods only after the old are gone");
        assertEquals(3, run.readyPods("db-"));
        assertFalse(run.pods().stream().anyMatch(p -> !p.spec().containers().get(0).image().equals("postgres:17")));
    }
}
