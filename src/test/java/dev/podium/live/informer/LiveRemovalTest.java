package dev.podium.live.informer;

import static dev.podium.live.informer.ScriptedApi.gone;
import static dev.podium.live.informer.ScriptedApi.list;
import static dev.podium.live.informer.ScriptedApi.quietWatch;
import static dev.podium.live.informer.ScriptedApi.watch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.podium.live.MockCluster;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.world.kube.event.DeploymentDeleted;
import dev.podium.world.kube.event.HpaDeleted;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.NodeDeleted;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nodes, Deployments and HPAs that leave the cluster leave the projection: on the watch's DELETED (CRUD mock), and
 * when they vanished while the watch was down (a scripted 410 Gone and a relist that no longer lists them).
 */
class LiveRemovalTest {

    static final Duration WAIT = Duration.ofSeconds(60); // an upper bound: the poll returns as soon as it holds

    @TempDir
    Path dir;

    static Node node(String name, String rv) {
        return new NodeBuilder().withNewMetadata().withName(name).withResourceVersion(rv).endMetadata()
                .withNewStatus().addToAllocatable("cpu", new Quantity("4"))
                .addToAllocatable("memory", new Quantity("8Gi")).addNewCondition().withType("Ready")
                .withStatus("True").withReason("KubeletReady").endCondition().endStatus().build();
    }

    @Test
    void deletedNodesDeploymentsAndHpasLeaveTheProjection() throws Exception {
        try (MockCluster cluster = MockCluster.crud(dir); KubernetesClient seeder = cluster.server.createClient()) {
            for (String name : List.of("node-a", "node-b")) {
                seeder.nodes().resource(node(name, null)).create();
            }
            for (String name : List.of("web", "api")) {
                seeder.apps().deployments().inNamespace("default").resource(new DeploymentBuilder()
                        .withNewMetadata().withName(name).withNamespace("default").endMetadata().withNewSpec()
                        .withReplicas(2).withNewTemplate().withNewSpec().addNewContainer().withName("app")
                        .withImage("nginx:1.27").endContainer().endSpec().endTemplate().endSpec().build()).create();
            }
            seeder.autoscaling().v2().horizontalPodAutoscalers().inNamespace("default").resource(
                    new HorizontalPodAutoscalerBuilder().withNewMetadata().withName("web").withNamespace("default")
                            .endMetadata().withNewSpec().withNewScaleTargetRef().withApiVersion("apps/v1")
                            .withKind("Deployment").withName("web").endScaleTargetRef().withMinReplicas(2)
                            .withMaxReplicas(5).endSpec().build()).create();
            try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
                    LiveSession session = LiveSession.start(live, LiveOptions.allNamespaces())) {
                LiveHarness h = new LiveHarness(session);
                h.awaitTrue(() -> session.status().allWatching()
                        && session.status().informers().size() == LiveSession.INFORMERS, WAIT,
                        "informers watching");
                h.awaitState(s -> s.nodeCount() == 2 && s.deployments().size() == 2 && s.hpas().size() == 1, WAIT,
                        "the initial list");
                seeder.nodes().withName("node-b").delete();
                seeder.apps().deployments().inNamespace("default").withName("web").delete();
                seeder.autoscaling().v2().horizontalPodAutoscalers().inNamespace("default").withName("web")
                        .delete();
                h.awaitState(s -> s.nodeCount() == 1 && s.deployments().size() == 1 && s.hpas().isEmpty(), WAIT,
                        "the deletes folded");
                assertNotNull(h.state.node("node-a"));
                assertNull(h.state.node("node-b"));
                assertNull(h.state.deployment("default/web"));
                assertNotNull(h.state.deployment("default/api"));
                assertNull(h.state.hpa("default/web"));
                assertEquals(List.of("node-b"), h.events(NodeDeleted.class).stream().map(NodeDeleted::node)
                        .toList());
                assertEquals(List.of("default/web"), h.events(DeploymentDeleted.class).stream()
                        .map(DeploymentDeleted::deployment).toList());
                assertEquals(List.of("default/web"), h.events(HpaDeleted.class).stream().map(HpaDeleted::hpa)
                        .toList());
            }
        }
    }

    @Test
    void aNodeThatVanishedWhileTheWatchWasDownIsRemovedAtTheRelist() throws Exception {
        ScriptedApi api = new ScriptedApi();
        String nodes = "/api/v1/nodes";
        api.onList(nodes, r -> list(List.of(node("node-a", "10"), node("node-b", "10")), "10"));
        api.onList(nodes, r -> list(List.of(node("node-a", "10")), "20"));
        api.onWatch(nodes, r -> watch(List.of(gone()), false));
        api.onWatch(nodes, r -> quietWatch());
        try (MockCluster cluster = MockCluster.scripted(dir, api);
                LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
                LiveSession session = LiveSession.start(live, LiveOptions.allNamespaces())) {
            LiveHarness h = new LiveHarness(session);
            h.awaitTrue(() -> h.events(InformerListed.class).stream()
                    .filter(l -> l.informer().equals("podium/nodes")).count() == 2, WAIT, "the relist");
            assertEquals(1, h.state.nodeCount());
            assertNotNull(h.state.node("node-a"));
            assertEquals(List.of("node-b"), h.events(NodeDeleted.class).stream().map(NodeDeleted::node).toList());
        }
    }
}
