package dev.podium.world.kube.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dry run on hand-built states: each case is a step the real controllers take (rolling.go, replica_set.go). */
class DryRunReconcileTest {

    private static DeploymentDryRun deployment(StateBuilder b, String key) {
        return DryRunReconcile.of(b.state).deployments().stream().filter(d -> d.key().equals(key)).findFirst()
                .orElseThrow();
    }

    private static ReplicaSetDryRun replicaSet(StateBuilder b, String key) {
        return DryRunReconcile.of(b.state).replicaSets().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow();
    }

    @Test
    void aReplicaSetShortOfPodsWouldCreateTheMissingOnes() {
        StateBuilder b = new StateBuilder().node("node-1")
                .replicaSet("default/web-1", "", 1, "nginx:1", 3, 1, 1, 1)
                .pod("default/web-1-a", "default/web-1", "node-1", true, 0);
        ReplicaSetDryRun r = replicaSet(b, "default/web-1");
        assertEquals(3, r.desired());
        assertEquals(1, r.actual());
        assertEquals(DryRunStep.of(DryRunAction.CREATE_PODS, "default/web-1", 1, 3), r.step());
        assertTrue(r.step().action().writes());
    }

    @Test
    void aReplicaSetWithTooManyPodsWouldDeleteTheOnesRankedFirst() {
        StateBuilder b = new StateBuilder().node("node-1").node("node-2")
                .replicaSet("default/web-1", "", 1, "nginx:1", 2, 4, 3, 3)
                .pod("default/web-1-a", "default/web-1", "node-1", true, 0)
                .pod("default/web-1-b", "default/web-1", "node-1", true, 0)
                .pod("default/web-1-c", "default/web-1", "", false, 0)
                .pod("default/web-1-d", "default/web-1", "node-2", true, 5)
                .pod("default/web-1-e", "default/web-1", "node-2", true, 0)
                .terminating("default/web-1-e");
        ReplicaSetDryRun r = replicaSet(b, "default/web-1");
        assertEquals(4, r.actual(), "the Terminating pod is not counted");
        assertEquals(3, r.ready());
        assertEquals(DryRunAction.DELETE_PODS, r.step().action());
        assertEquals(2, r.step().to());
        // unbound first; then the node with more of the set's pods (node-1), most recently ready first (b)
        assertEquals(List.of("default/web-1-c", "default/web-1-b"), r.step().pods());
    }

    @Test
    void aNewImageFirstCreatesTheNewReplicaSetWithinMaxSurge() {
        StateBuilder b = new StateBuilder()
                .deployment("default/web", 6, "RollingUpdate", "1", "1", "nginx:2")
                .replicaSet("default/web-1", "default/web", 1, "nginx:1", 6, 6, 6, 6);
        DeploymentDryRun d = deployment(b, "default/web");
        assertEquals("", d.newReplicaSet());
        assertEquals(List.of("default/web-1"), d.oldReplicaSets());
        assertEquals(List.of(DryRunStep.of(DryRunAction.CREATE_REPLICASET, "", 0, 1)), d.steps());
        assertEquals(1, d.maxSurge());
        assertEquals(1, d.maxUnavailable());
    }

    @Test
    void midRolloutItScalesOldDownOnlyAsFarAsMaxUnavailableAllows() {
        // 7 pods (6 + maxSurge 1): the old set may lose one (6 available − minAvailable 5)
        StateBuilder b = new StateBuilder()
                .deployment("default/web", 6, "RollingUpdate", "1", "1", "nginx:2")
                .replicaSet("default/web-1", "default/web", 1, "nginx:1", 6, 6, 6, 6)
                .replicaSet("default/web-2", "default/web", 2, "nginx:2", 1, 1, 0, 0);
        DeploymentDryRun d = deployment(b, "default/web");
        assertEquals("default/web-2", d.newReplicaSet());
        assertEquals(List.of(DryRunStep.of(DryRunAction.SCALE_DOWN, "default/web-1", 6, 5)), d.steps());
        assertEquals(7, d.total());
        assertEquals(1, d.updated());
        assertEquals(1, d.unavailable());

        // then, with 6 pods, the new set may grow by one
        b.replicaSet("default/web-1", "default/web", 1, "nginx:1", 5, 5, 5, 5);
        assertEquals(List.of(DryRunStep.of(DryRunAction.SCALE_UP, "default/web-2", 1, 2)),
                deployment(b, "default/web").steps());

        // 7 pods, 5 available, 2 new ones not yet available: it must wait
        b.replicaSet("default/web-2", "default/web", 2, "nginx:2", 2, 2, 0, 0);
        assertEquals(DryRunAction.WAIT_FOR_AVAILABLE, deployment(b, "default/web").steps().get(0).action());
        assertFalse(deployment(b, "default/web").steps().get(0).action().writes());
    }

    @Test
    void withMaxUnavailableZeroNothingOldGoesUntilANewPodIsAvailable() {
        StateBuilder b = new StateBuilder()
                .deployment("default/api", 6, "RollingUpdate", "1", "0", "api:2")
                .replicaSet("default/api-1", "default/api", 1, "api:1", 6, 6, 6, 6)
                .replicaSet("default/api-2", "default/api", 2, "api:2", 1, 1, 1, 0);
        assertEquals(DryRunAction.WAIT_FOR_AVAILABLE, deployment(b, "default/api").steps().get(0).action());
        b.replicaSet("default/api-2", "default/api", 2, "api:2", 1, 1, 1, 1);
        assertEquals(List.of(DryRunStep.of(DryRunAction.SCALE_DOWN, "default/api-1", 6, 5)),
                deployment(b, "default/api").steps());
    }

    @Test
    void recreateScalesOldToZeroThenWaitsForItsPodsThenCreatesTheNewSet() {
        StateBuilder b = new StateBuilder().node("node-1")
                .deployment("default/db", 2, "Recreate", "", "", "db:2")
                .replicaSet("default/db-1", "default/db", 1, "db:1", 2, 2, 2, 2)
                .pod("default/db-1-a", "default/db-1", "node-1", true, 0)
                .pod("default/db-1-b", "default/db-1", "node-1", true, 0);
        assertEquals(List.of(DryRunStep.of(DryRunAction.SCALE_DOWN, "default/db-1", 2, 0)),
                deployment(b, "default/db").steps());
        b.replicaSet("default/db-1", "default/db", 1, "db:1", 0, 2, 2, 2)
                .terminating("default/db-1-a").terminating("default/db-1-b");
        assertEquals(DryRunAction.WAIT_FOR_OLD_PODS, deployment(b, "default/db").steps().get(0).action());
        StateBuilder gone = new StateBuilder()
                .deployment("default/db", 2, "Recreate", "", "", "db:2")
                .replicaSet("default/db-1", "default/db", 1, "db:1", 0, 0, 0, 0);
        assertEquals(List.of(DryRunStep.of(DryRunAction.CREATE_REPLICASET, "", 0, 2)),
                deployment(gone, "default/db").steps());
    }

    @Test
    void aSettledDeploymentIsInSyncAndAfterARolloutComplete() {
        StateBuilder b = new StateBuilder().node("node-1")
                .deployment("default/web", 2, "RollingUpdate", "25%", "25%", "nginx:1")
                .replicaSet("default/web-1", "default/web", 1, "nginx:1", 2, 2, 2, 2)
                .pod("default/web-1-a", "default/web-1", "node-1", true, 0)
                .pod("default/web-1-b", "default/web-1", "node-1", true, 0);
        assertEquals(DryRunAction.IN_SYNC, deployment(b, "default/web").steps().get(0).action());
        assertEquals(DryRunAction.IN_SYNC, replicaSet(b, "default/web-1").step().action());
        assertEquals(2, deployment(b, "default/web").ready());

        b.replicaSet("default/web-0", "default/web", 0, "nginx:0", 0, 0, 0, 0);
        assertEquals(DryRunAction.ROLLOUT_COMPLETE, deployment(b, "default/web").steps().get(0).action());
    }

    @Test
    void rollingBackToAnOldTemplateScalesItsReplicaSetUpAgain() {
        StateBuilder b = new StateBuilder()
                .deployment("default/web", 2, "RollingUpdate", "1", "0", "nginx:1")
                .replicaSet("default/web-1", "default/web", 1, "nginx:1", 0, 0, 0, 0)
                .replicaSet("default/web-2", "default/web", 2, "nginx:2", 2, 2, 2, 2);
        DeploymentDryRun d = deployment(b, "default/web");
        assertEquals("default/web-1", d.newReplicaSet());
        assertEquals(List.of(DryRunStep.of(DryRunAction.SCALE_UP, "default/web-1", 0, 1)), d.steps());
        assertTrue(DryRunReconcile.of(b.state).assumptions().contains(DryRunAssumption.NO_REVISION_BUMP));
    }

    @Test
    void theResultSaysWhatItAssumesIncludingUnreadableFenceposts() {
        StateBuilder b = new StateBuilder().deployment("default/web", 4, "RollingUpdate", "lots", "1", "x:1");
        DryRunResult r = DryRunReconcile.of(b.state);
        assertTrue(r.assumptions().contains(DryRunAssumption.DEFAULT_FENCEPOSTS));
        assertTrue(r.assumptions().contains(DryRunAssumption.EXPECTATIONS_MET));
        assertEquals(1, r.deployments().get(0).maxSurge(), "25% of 4, rounded up");
        assertFalse(DryRunReconcile.of(new StateBuilder().state).assumptions()
                .contains(DryRunAssumption.DEFAULT_FENCEPOSTS));
    }
}
