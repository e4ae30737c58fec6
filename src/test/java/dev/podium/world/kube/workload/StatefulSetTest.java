package dev.podium.world.kube.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.ReconcileStarted;
import dev.podium.world.kube.spec.StatefulSetManifest;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatefulSetTest {
    static final String DOCS_WEB = "manifests/docs/statefulset-web.yaml";

    static String set(String name, int replicas, String policy) {
        return String.join("\n",
                "apiVersion: apps/v1",
                "kind: StatefulSet",
                "metadata: {name: " + name + "}",
                "spec:",
                "  replicas: " + replicas,
                "  podManagementPolicy: " + policy,
                "  serviceName: " + name,
                "  selector: {matchLabels: {app: " + name + "}}",
                "  template:",
                "    metadata: {labels: {app: " + name + "}}",
                "    spec:",
                "      terminationGracePeriodSeconds: 5",
                "      containers: [{name: c, image: 'nginx:1.27'}]",
                "");
    }

    private static List<String> podNames(WorkloadRun run) {
        return run.cluster.api().list(Kind.POD).stream().map(ApiObject::key).sorted().toList();
    }

    @Test
    void theDocumentationsWebExampleLoadsWithoutWarningsAndRunsThreeOrderedPods() throws Exception {
        WorkloadRun run = new WorkloadRun(WorkloadRun.resource(DOCS_WEB));
        assertEquals(List.of(), run.manifests.warnings());
        StatefulSetManifest m = (StatefulSetManifest) run.manifests.objects().stream()
                .filter(o -> o instanceof StatefulSetManifest).findFirst().orElseThrow();
        assertEquals("nginx", m.serviceName());
        assertEquals("OrderedReady", m.podManagementPolicy());
        run.runUntilSeconds(120);
        assertEquals(List.of("default/web-0", "default/web-1", "default/web-2"), podNames(run));
        assertTrue(run.ready("web-0") > 0 && run.created("web-1") > run.ready("web-0"),
                "web-1 is created only after web-0 is Running and Ready");
        assertTrue(run.ready("web-1") > 0 && run.created("web-2") > run.ready("web-1"));
        StatefulSetView v = run.state().workloads().statefulSet("default/web");
        assertEquals(new StatefulSetView("default/web", 3, 3, 3, "OrderedReady", "registry.k8s.io/nginx-slim:0.24"),
                v);
        for (ApiObject o : run.cluster.api().list(Kind.POD)) {
            Pod p = (Pod) o;
            assertEquals("StatefulSet:default/web", p.owner());
            assertEquals(p.name(), p.labels().get(StatefulSetController.POD_NAME_LABEL));
        }
    }

    @Test
    void theReplicaSetControllerIgnoresAStatefulSetsPods() throws Exception {
        WorkloadRun run = new WorkloadRun(set("db", 2, "OrderedReady"));
        run.runUntilSeconds(60);
        assertTrue(run.events().stream().noneMatch(e -> e instanceof ReconcileStarted r
                && r.controller().equals("replicaset")));
        assertTrue(run.events().stream().anyMatch(e -> e instanceof ReconcileStarted r
                && r.controller().equals(StatefulSetController.NAME)));
    }

    @Test
    void parallelCreatesEveryPodBeforeAnyIsReady() throws Exception {
        WorkloadRun run = new WorkloadRun(set("db", 3, "Parallel"));
        run.runUntilSeconds(60);
        long firstReady = Math.min(run.ready("db-0"), Math.min(run.ready("db-1"), run.ready("db-2")));
        assertTrue(firstReady > 0);
        for (String pod : List.of("db-0", "db-1", "db-2")) {
            assertTrue(run.created(pod) >= 0 && run.created(pod) < firstReady, pod);
        }
    }

    @Test
    void scaleDownRemovesTheHighestOrdinalFirstOneAtATime() throws Exception {
        WorkloadRun run = new WorkloadRun(set("db", 3, "OrderedReady"));
        run.runUntilSeconds(60);
        run.cluster.scale("db", 1);
        run.runUntilSeconds(120);
        assertEquals(List.of("default/db-0"), podNames(run));
        assertTrue(run.terminating("db-2") > 0 && run.deleted("db-2") > run.terminating("db-2"));
        assertTrue(run.terminating("db-1") > run.deleted("db-2"), "db-1 goes only after db-2 is gone");
        assertEquals(1, run.state().workloads().statefulSet("default/db").current());
    }

    @Test
    void aDeletedPodComesBackWithTheSameName() throws Exception {
        WorkloadRun run = new WorkloadRun(set("db", 2, "OrderedReady"));
        run.runUntilSeconds(60);
        long gone = run.deleted("db-0");
        assertEquals(-1, gone);
        run.cluster.deletePod("db-0");
        run.runUntilSeconds(120);
        long deleted = run.deleted("db-0");
        assertTrue(deleted > 0);
        long recreated = run.events().stream().filter(e -> e instanceof PodCreated c
                && c.pod().equals("default/db-0") && c.timeNanos() > deleted).mapToLong(e -> e.timeNanos())
                .findFirst().orElse(-1);
        assertTrue(recreated > deleted, "db-0 is created again after it was deleted");
        assertEquals(List.of("default/db-0", "default/db-1"), podNames(run));
        assertEquals(2, run.state().workloads().statefulSet("default/db").ready());
    }

    @Test
    void ordinalsParseOnlyCanonicalNumbers() {
        assertEquals(12, StatefulSetController.ordinal("web", "web-12"));
        assertEquals(-1, StatefulSetController.ordinal("web", "web-012"));
        assertEquals(-1, StatefulSetController.ordinal("web", "webx-1"));
        assertEquals(-1, StatefulSetController.ordinal("web", "web-"));
    }
}
