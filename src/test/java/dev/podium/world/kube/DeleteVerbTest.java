package dev.podium.world.kube;

import static dev.podium.world.kube.Fixtures.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.api.Deployment;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.custom.event.GarbageCollectorDeleted;
import dev.podium.world.kube.event.DeploymentDeleted;
import dev.podium.world.kube.event.HpaDeleted;
import dev.podium.world.kube.event.HpaScaled;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodTerminating;
import dev.podium.world.kube.event.ReplicaSetDeleted;
import dev.podium.world.kube.event.ServiceDeleted;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import org.junit.jupiter.api.Test;

/** kubectl delete of built-in objects: Background propagation through the garbage collector, Services, HPAs. */
class DeleteVerbTest {

    private static KubeState fold(Run run) {
        KubeProjection p = new KubeProjection();
        KubeState s = p.initial();
        run.events.forEach(e -> p.apply(s, e));
        return s;
    }

    @Test
    void deletingADeploymentCascadesToItsReplicaSetAndGracefullyToItsPods() {
        Run run = new Run(Fixtures.concat(Fixtures.nodes(2), Fixtures.deployment("web", 3, 100)));
        run.runFor(30 * S);
        assertEquals(3, run.readyPods("web-"));
        run.cluster.delete("deployment", "web", "background");
        run.runFor(1 * S);
        DeploymentDeleted gone = run.of(DeploymentDeleted.class).get(0);
        ReplicaSetDeleted rsGone = run.of(ReplicaSetDeleted.class).get(0);
        assertTrue(rsGone.timeNanos() > gone.timeNanos(), "the collector deletes the ReplicaSet after its owner");
        assertEquals(3, run.of(PodTerminating.class).size(), "pods terminate gracefully, not removed at once");
        assertEquals(4, run.of(GarbageCollectorDeleted.class).size(), "one ReplicaSet and three pods");
        assertEquals("Deployment default/web", run.of(GarbageCollectorDeleted.class).get(0).owner());
        run.runFor(60 * S);
        assertEquals(0, run.pods().size(), "no pod recreated: nothing owns them any more");
        assertEquals(3, run.of(PodDeleted.class).size());
        KubeState s = fold(run);
        assertNull(s.deployment("default/web"));
        assertEquals(0, s.deployments().size());
    }

    @Test
    void deletingAServiceEmptiesItsEndpointsAndTheViewDropsIt() {
        Run run = new Run(Fixtures.concat(Fixtures.nodes(1), Fixtures.deployment("web", 2, 100),
                Fixtures.service("web", "web")));
        run.runFor(30 * S);
        assertEquals(1, fold(run).services().size());
        run.cluster.delete("service", "default/web", "background");
        run.runFor(5 * S);
        assertEquals(1, run.of(ServiceDeleted.class).size());
        assertNull(run.cluster.api().get(Kind.SERVICE, "default/web"));
        assertNull(run.cluster.api().get(Kind.ENDPOINTS, "default/web"), "the endpoints controller deleted them");
        assertEquals(0, fold(run).services().size());
        assertEquals(2, run.readyPods("web-"), "the pods it selected keep running");
    }

    @Test
    void deletingAnHpaStopsScalingAndTheTargetKeepsItsReplicas() {
        Run run = new Run(Fixtures.concat(Fixtures.nodes(3), Fixtures.deployment("web", 2, 200),
                Fixtures.hpa("web", "web", 2, 8, 50)));
        run.runFor(20 * S);
        run.cluster.delete("hpa", "web", "background");
        run.runFor(1 * S);
        int scaledBefore = run.of(HpaScaled.class).size();
        run.cluster.setLoad("web", 400);
        run.runFor(120 * S);
        assertEquals(1, run.of(HpaDeleted.class).size());
        assertEquals(scaledBefore, run.of(HpaScaled.class).size(), "no autoscaler scales any more");
        assertEquals(2, ((Deployment) run.cluster.api().get(Kind.DEPLOYMENT, "default/web")).replicas());
        assertNull(fold(run).hpa("default/web"));
    }

    @Test
    void anUnknownNameOrKindIsRefusedWithWhatWasAskedFor() {
        Run run = new Run(Fixtures.concat(Fixtures.nodes(1), Fixtures.deployment("web", 1, 100)));
        IllegalArgumentException noName = assertThrows(IllegalArgumentException.class,
                () -> run.cluster.delete("deployment", "api", "background"));
        assertEquals("no deployment default/api to delete", noName.getMessage());
        IllegalArgumentException noKind = assertThrows(IllegalArgumentException.class,
                () -> run.cluster.delete("pod", "web", "background"));
        assertTrue(noKind.getMessage().startsWith("cannot delete kind 'pod'"), noKind.getMessage());
    }
}
