package dev.podium.live.informer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.podium.live.MockCluster;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.world.kube.state.ServiceView;
import dev.podium.world.kube.traffic.TrafficState;
import dev.podium.world.kube.traffic.event.EndpointSliceUpdated;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSliceBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Services, their EndpointSlices and Ingresses from a live cluster (fabric8's CRUD mock) fold into the same state the
 * simulator's traffic tab shows: the Service boxes with their types, the Ingress rules, which pods are ready
 * endpoints; a pod's readiness flipping in the slice moves it between ready and not ready.
 */
class LiveTrafficTest {

    static final Duration WAIT = Duration.ofSeconds(60); // an upper bound: the poll returns as soon as it holds

    @TempDir
    Path dir;

    static EndpointSlice slice(String name, boolean secondReady) {
        return new EndpointSliceBuilder().withNewMetadata().withName(name).withNamespace("shop")
                .addToLabels("kubernetes.io/service-name", "web").endMetadata().withAddressType("IPv4")
                .addNewEndpoint().withAddresses("10.0.0.1").withNodeName("node-a").withNewTargetRef()
                .withKind("Pod").withName("web-1").withNamespace("shop").endTargetRef().withNewConditions()
                .withReady(true).withServing(true).withTerminating(false).endConditions().endEndpoint()
                .addNewEndpoint().withAddresses("10.0.0.2").withNodeName("node-b").withNewTargetRef()
                .withKind("Pod").withName("web-2").withNamespace("shop").endTargetRef().withNewConditions()
                .withReady(secondReady).withServing(secondReady).withTerminating(false).endConditions()
                .endEndpoint().build();
    }

    @Test
    void servicesEndpointsAndIngressesReachTheTrafficState() throws Exception {
        try (MockCluster cluster = MockCluster.crud(dir); KubernetesClient seeder = cluster.server.createClient()) {
            seeder.services().inNamespace("shop").resource(new ServiceBuilder().withNewMetadata().withName("web")
                    .withNamespace("shop").endMetadata().withNewSpec().withType("NodePort")
                    .addToSelector("app", "web").addNewPort().withPort(80).withNodePort(30080).endPort().endSpec()
                    .build()).create();
            seeder.services().inNamespace("shop").resource(new ServiceBuilder().withNewMetadata().withName("api")
                    .withNamespace("shop").endMetadata().withNewSpec().addToSelector("app", "api").addNewPort()
                    .withPort(8080).endPort().endSpec().build()).create();
            seeder.discovery().v1().endpointSlices().inNamespace("shop").resource(slice("web-abc", false)).create();
            seeder.network().v1().ingresses().inNamespace("shop").resource(new IngressBuilder().withNewMetadata()
                    .withName("shop").withNamespace("shop").endMetadata().withNewSpec()
                    .withIngressClassName("nginx").addNewRule().withHost("shop.example.com").withNewHttp()
                    .addNewPath().withPath("/").withPathType("Prefix").withNewBackend().withNewService()
                    .withName("web").withNewPort().withNumber(80).endPort().endService().endBackend().endPath()
                    .endHttp().endRule().endSpec().build()).create();
            try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
                    LiveSession session = LiveSession.start(live, LiveOptions.allNamespaces())) {
                LiveHarness h = new LiveHarness(session);
                h.awaitState(s -> s.traffic().services().size() == 2 && s.traffic().ingresses().size() == 1
                        && s.traffic().slice("shop/web") != null
                        && s.traffic().slice("shop/web").endpoints().size() == 2, WAIT, "the traffic topology");
                TrafficState t = h.state.traffic();
                assertEquals(List.of("shop/api", "shop/web"), t.services());
                assertEquals("NodePort:30080", t.serviceType("shop/web"));
                assertEquals("ClusterIP", t.serviceType("shop/api"));
                assertEquals(List.of("shop/shop"), t.ingresses());
                assertEquals(List.of("shop.example.com/ Prefix → shop/web:80"), t.routes());
                EndpointSliceUpdated web = t.slice("shop/web");
                assertEquals(List.of("shop/web-1", "shop/web-2"), web.endpoints());
                assertEquals(List.of("node-a", "node-b"), web.nodes());
                assertEquals(List.of("shop/web-1"), web.ready());
                ServiceView view = h.state.service("shop/web");
                assertNotNull(view);
                assertEquals(Map.of("app", "web"), view.selector());
                assertEquals(List.of("shop/web-1"), view.ready());
                assertEquals(List.of("shop/web-2"), view.notReady());

                seeder.discovery().v1().endpointSlices().inNamespace("shop").resource(slice("web-abc", true))
                        .update();
                h.awaitState(s -> s.service("shop/web").ready().size() == 2, WAIT, "web-2 ready");
                assertEquals(List.of("shop/web-1", "shop/web-2"), h.state.traffic().slice("shop/web").ready());

                seeder.services().inNamespace("shop").withName("api").delete();
                seeder.network().v1().ingresses().inNamespace("shop").withName("shop").delete();
                h.awaitState(s -> s.traffic().services().equals(List.of("shop/web"))
                        && s.traffic().ingresses().isEmpty(), WAIT, "api and the ingress gone");
                assertEquals(List.of(), h.state.traffic().routes());
            }
        }
    }
}
