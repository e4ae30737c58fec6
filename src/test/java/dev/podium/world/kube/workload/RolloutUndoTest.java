package dev.podium.world.kube.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.Deployment;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.api.ReplicaSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolloutUndoTest {
    static final String WEB = String.join("\n",
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata: {name: web}",
            "spec:",
            "  replicas: 2",
            "  selector: {matchLabels: {app: web}}",
            "  template:",
            "    metadata: {labels: {app: web}}",
            "    spec: {containers: [{name: c, image: 'nginx:1'}]}",
            "");

    private static List<String> revisions(WorkloadRun run) {
        return run.cluster.api().list(Kind.REPLICASET).stream().map(o -> (ReplicaSet) o)
                .map(r -> r.image() + " rev " + r.revision() + " x" + r.replicas()).sorted().toList();
    }

    private static List<String> images(WorkloadRun run) {
        return run.cluster.api().list(Kind.POD).stream().map(o -> (Pod) o).filter(Pod::active)
                .map(p -> p.spec().containers().get(0).image()).sorted().toList();
    }

    @Test
    void undoBringsBackThePreviousTemplateByScalingItsReplicaSetUpUnderTheNextRevision() throws Exception {
        WorkloadRun run = new WorkloadRun(WEB);
        run.runUntilSeconds(30);
        run.cluster.setImage("web", "nginx:2");
        run.runUntilSeconds(90);
        assertEquals(List.of("nginx:1 rev 1 x0", "nginx:2 rev 2 x2"), revisions(run));
        run.cluster.rolloutUndo("web", 0);
        run.runUntilSeconds(150);
        assertEquals(List.of("nginx:1 rev 3 x2", "nginx:2 rev 2 x0"), revisions(run));
        assertEquals(List.of("nginx:1", "nginx:1"), images(run));
        assertEquals("nginx:1", ((Deployment) run.cluster.api().get(Kind.DEPLOYMENT, "default/web")).image());
        run.cluster.rolloutUndo("web", 2);
        run.runUntilSeconds(210);
        assertEquals(List.of("nginx:1 rev 3 x0", "nginx:2 rev 4 x2"), revisions(run));
    }

    @Test
    void undoWithoutHistoryOrToAMissingRevisionIsRefused() throws Exception {
        WorkloadRun run = new WorkloadRun(WEB);
        run.runUntilSeconds(30);
        assertEquals("Deployment default/web has no previous revision to roll back to",
                assertThrows(IllegalArgumentException.class, () -> run.cluster.rolloutUndo("web", 0)).getMessage());
        assertEquals("Deployment default/web has no revision 7",
                assertThrows(IllegalArgumentException.class, () -> run.cluster.rolloutUndo("web", 7)).getMessage());
        List<ApiObject> unchanged = run.cluster.api().list(Kind.REPLICASET);
        assertEquals(1, unchanged.size());
    }
}
