package dev.podium.live.informer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.podium.live.MockCluster;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.world.kube.custom.CustomObjectView;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * StatefulSets, DaemonSets and Jobs from a live cluster (fabric8's CRUD mock) are listed with their ready/desired
 * counts and status conditions, follow their status updates and leave when deleted; a pod they own names its owner.
 */
class LiveWorkloadsTest {

    static final Duration WAIT = Duration.ofSeconds(60); // an upper bound: the poll returns as soon as it holds

    @TempDir
    Path dir;

    static StatefulSet db(int ready) {
        return new StatefulSetBuilder().withNewMetadata().withName("db").withNamespace("data").endMetadata()
                .withNewSpec().withReplicas(3).withServiceName("db").endSpec().withNewStatus().withReplicas(3)
                .withReadyReplicas(ready).endStatus().build();
    }

    static Job migrate(boolean complete) {
        JobBuilder b = new JobBuilder().withNewMetadata().withName("migrate").withNamespace("data").endMetadata()
                .withNewSpec().withCompletions(5).withParallelism(2).endSpec();
        return complete ? b.withNewStatus().withSucceeded(5).withActive(0).addNewCondition().withType("Complete")
                .withStatus("True").withReason("CompletionsReached").withMessage("Reached expected number of "
                        + "succeeded pods").endCondition().endStatus().build()
                : b.withNewStatus().withSucceeded(1).withActive(2).withFailed(1).endStatus().build();
    }

    @Test
    void workloadsAreListedWithCountsConditionsAndOwnedPods() throws Exception {
        try (MockCluster cluster = MockCluster.crud(dir); KubernetesClient seeder = cluster.server.createClient()) {
            seeder.apps().statefulSets().inNamespace("data").resource(db(2)).create();
            seeder.apps().daemonSets().inNamespace("kube-system").resource(new DaemonSetBuilder().withNewMetadata()
                    .withName("node-exporter").withNamespace("kube-system").endMetadata().withNewStatus()
                    .withDesiredNumberScheduled(2).withNumberReady(2).endStatus().build()).create();
            seeder.batch().v1().jobs().inNamespace("data").resource(migrate(false)).create();
            seeder.pods().inNamespace("data").resource(new PodBuilder().withNewMetadata().withName("db-0")
                    .withNamespace("data").addNewOwnerReference().withApiVersion("apps/v1").withKind("StatefulSet")
                    .withName("db").withUid("u-1").withController(true).endOwnerReference().endMetadata()
                    .withNewSpec().addNewContainer().withName("pg").withImage("postgres:16").endContainer()
                    .endSpec().build()).create();
            try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
                    LiveSession session = LiveSession.start(live, LiveOptions.allNamespaces())) {
                LiveHarness h = new LiveHarness(session);
                h.awaitState(s -> s.custom().objects().size() == 3 && s.pod("data/db-0") != null, WAIT,
                        "the workloads and the pod");
                CustomObjectView sts = h.state.custom().object("StatefulSet", "data/db");
                assertEquals("ready=2/3", sts.summary());
                assertEquals("ready=2/2", h.state.custom().object("DaemonSet", "kube-system/node-exporter")
                        .summary());
                assertEquals("succeeded=1/5 active=2 failed=1", h.state.custom().object("Job", "data/migrate")
                        .summary());
                assertEquals("StatefulSet data/db", h.state.custom().owner("Pod", "data/db-0"));

                seeder.apps().statefulSets().inNamespace("data").resource(db(3)).update();
                seeder.batch().v1().jobs().inNamespace("data").resource(migrate(true)).update();
                h.awaitState(s -> s.custom().object("StatefulSet", "data/db").summary().equals("ready=3/3")
                        && !s.custom().object("Job", "data/migrate").conditions().isEmpty(), WAIT,
                        "the status updates");
                CustomObjectView job = h.state.custom().object("Job", "data/migrate");
                assertEquals("succeeded=5/5 active=0 failed=0", job.summary());
                assertEquals(List.of("Complete=True (CompletionsReached)"), job.conditions());

                seeder.pods().inNamespace("data").withName("db-0").delete();
                seeder.apps().daemonSets().inNamespace("kube-system").withName("node-exporter").delete();
                h.awaitState(s -> s.pod("data/db-0") == null && s.custom().objects().size() == 2, WAIT,
                        "the deletes");
                assertNull(h.state.custom().owner("Pod", "data/db-0"));
                assertNull(h.state.custom().object("DaemonSet", "kube-system/node-exporter"));
            }
        }
    }
}
