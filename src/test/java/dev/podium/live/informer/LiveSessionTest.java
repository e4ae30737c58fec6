package dev.podium.live.informer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.live.MockCluster;
import dev.podium.live.guard.KubeVerb;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.NodeView;
import dev.podium.world.kube.state.PodView;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A live session against the CRUD mock server over verified https: what it folds equals what the server holds. */
class LiveSessionTest {

    static final Duration WAIT = Duration.ofSeconds(60); // an upper bound: the poll returns as soon as it holds

    @TempDir
    Path dir;

    private MockCluster cluster;
    private KubernetesClient seeder;
    private final Pod[] created = new Pod[4_000];

    @BeforeEach
    void seed() throws Exception {
        cluster = MockCluster.crud(dir);
        seeder = cluster.server.createClient();
        for (String node : List.of("node-a", "node-b")) {
            seeder.nodes().resource(new NodeBuilder().withNewMetadata().withName(node).endMetadata().build())
                    .create();
            seeder.nodes().resource(new NodeBuilder().withNewMetadata().withName(node).endMetadata()
                    .withNewStatus().addToAllocatable("cpu", new Quantity("4")).addToAllocatable("memory",
                            new Quantity("8Gi")).addToAllocatable("pods", new Quantity("110"))
                    .addNewCondition().withType("Ready").withStatus("True").withReason("KubeletReady").endCondition()
                    .endStatus().build()).updateStatus();
        }
        seeder.apps().deployments().inNamespace("default").resource(new DeploymentBuilder().withNewMetadata()
                .withName("web").withNamespace("default").endMetadata().withNewSpec().withReplicas(3)
                .withNewTemplate().withNewSpec().addNewContainer().withName("nginx").withImage("nginx:1.27")
                .endContainer().endSpec().endTemplate().endSpec().build()).create();
    }

    @AfterEach
    void stop() {
        seeder.close();
        cluster.close();
    }

    static Pod pod(String ns, String name, String node, String phase) {
        PodBuilder b = new PodBuilder().withNewMetadata().withName(name).withNamespace(ns).endMetadata()
                .withNewSpec().withNodeName(node).addNewContainer().withName("app").withImage("busybox:1.36")
                .withNewResources().addToRequests("cpu", new Quantity("100m"))
                .addToRequests("memory", new Quantity("64Mi")).endResources().endContainer().endSpec();
        if (phase != null) {
            b.withNewStatus().withPhase(phase).endStatus();
        }
        return b.build();
    }

    private LiveSession session(LiveConnection live) {
        return LiveSession.start(live, LiveOptions.allNamespaces().withClock(Clock.systemUTC()));
    }

    @Test
    void theInitialListFoldsIntoNodesPodsAndTheDeployment() throws Exception {
        seeder.pods().inNamespace("default").resource(pod("default", "web-1", "node-a", "Running")).create();
        seeder.pods().inNamespace("shop").resource(pod("shop", "cart-1", null, null)).create();
        try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
                LiveSession session = session(live)) {
            LiveHarness h = new LiveHarness(session);
            h.awaitTrue(() -> h.events(InformerListed.class).size() == LiveSession.INFORMERS, WAIT,
                    "all informers listed");
            KubeState s = h.state;
            assertEquals(2, s.nodeCount());
            NodeView a = s.node("node-a");
            assertEquals(4000, a.milliCpu());
            assertEquals(1, a.pods(), a.toString());
            PodView web = s.pod("default/web-1");
            assertEquals("node-a", web.node());
            assertEquals("Running", web.phase());
            assertEquals(100, web.milliCpu());
            assertEquals(64L << 20, web.memoryBytes());
            PodView cart = s.pod("shop/cart-1");
            assertEquals("", cart.node());
            assertEquals("Pending", cart.status());
            assertEquals(3, s.deployment("default/web").replicas());
            h.awaitTrue(() -> session.status().allWatching(), WAIT, "all watching");
            assertEquals(2, h.events(InformerListed.class).stream().filter(l -> l.informer().equals("podium/pods"))
                    .findFirst().orElseThrow().items());
            long previous = 0;
            for (WorldEvent e : h.timeline.events()) {
                assertTrue(e.timeNanos() >= previous);
                previous = e.timeNanos();
            }
        }
    }

    @Test
    void aFullSessionSendsOnlyListAndWatch() throws Exception {
        seeder.pods().inNamespace("default").resource(pod("default", "web-1", "node-a", "Running")).create();
        cluster.newRequests();
        try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
                LiveSession session = session(live)) {
            LiveHarness h = new LiveHarness(session);
            h.awaitTrue(() -> session.status().allWatching()
                    && session.status().informers().size() == LiveSession.INFORMERS, WAIT,
                    "informers watching");
            seeder.pods().inNamespace("default").withName("web-1").delete();
            h.awaitState(s -> s.podCount() == 0, WAIT, "the delete seen");
            Map<KubeVerb, Long> counts = live.guard().counts();
            assertEquals((long) LiveSession.INFORMERS, counts.get(KubeVerb.LIST), counts.toString());
            assertTrue(counts.get(KubeVerb.WATCH) >= LiveSession.INFORMERS, counts.toString());
            for (KubeVerb verb : KubeVerb.values()) {
                if (!verb.isReadOnly()) {
                    assertEquals(0L, counts.get(verb), verb + " in " + counts);
                }
            }
            assertEquals(0, live.guard().refusedCount());
        }
        List<RecordedRequest> ours = cluster.newRequests().stream()
                .filter(r -> String.valueOf(r.getHeader("User-Agent")).startsWith("podium")).toList();
        assertTrue(ours.size() >= 2 * LiveSession.INFORMERS, "requests: " + ours.size());
        for (RecordedRequest request : ours) {
            assertEquals("GET", request.getMethod(), request.getRequestLine());
        }
    }

    @Test
    void aChurnOfTenThousandPodEventsFoldsIntoTheServersPodList() throws Exception {
        try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
                LiveSession session = session(live)) {
            LiveHarness h = new LiveHarness(session);
            h.awaitTrue(() -> session.status().allWatching()
                    && session.status().informers().size() == LiveSession.INFORMERS, WAIT,
                    "informers watching");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                // Ten rounds of 1,000 events: 400 creates, 300 updates (binding and phase), 300 deletes, so
                // the mock's store (which scans all entries per request) stays small.
                for (int round = 0; round < 10; round++) {
                    int base = round * 400;
                    batch(pool, 400, i -> create(base + i));
                    batch(pool, 300, i -> runOn(base + i));
                    batch(pool, 300, i -> seeder.pods().inNamespace(ns(base + 100 + i))
                            .withName("p-" + (base + 100 + i)).delete());
                }
            } finally {
                pool.shutdown();
            }
            Map<String, String> server = new TreeMap<>();
            for (Pod p : seeder.pods().inAnyNamespace().list().getItems()) {
                server.put(p.getMetadata().getNamespace() + "/" + p.getMetadata().getName(),
                        p.getSpec().getNodeName() + " " + (p.getStatus() == null || p.getStatus().getPhase() == null
                                ? "Pending" : p.getStatus().getPhase()));
            }
            assertEquals(1_000, server.size());
            assertTrue(server.values().stream().anyMatch(v -> v.endsWith("Failed")), "phases reached the server");
            h.awaitState(s -> s.podCount() == server.size() && h.events(PodDeleted.class).size() == 3_000, WAIT,
                    "the churn folded");
            Map<String, String> folded = new TreeMap<>();
            for (PodView p : h.state.pods()) {
                folded.put(p.key(), (p.node().isEmpty() ? null : p.node()) + " " + p.phase());
            }
            assertEquals(server, folded);
            assertEquals(4_000, h.events(PodCreated.class).size());
            int onNodes = h.state.node("node-a").pods() + h.state.node("node-b").pods();
            assertEquals(1_000, onNodes, "the pods left are all scheduled");
            assertEquals(InformerState.WATCHING, session.status().informer("podium/pods").orElseThrow().state());
        }
    }

    private void create(int i) {
        created[i] = seeder.pods().inNamespace(ns(i)).resource(pod(ns(i), "p-" + i, null, null)).create();
    }

    /** One PUT binds the pod and sets its phase (the CRUD mock keeps the status it is given). */
    private void runOn(int i) {
        Pod p = created[i];
        p.getSpec().setNodeName(i % 2 == 0 ? "node-a" : "node-b");
        p.setStatus(new PodStatusBuilder().withPhase(i % 3 == 0 ? "Failed" : "Running").build());
        seeder.pods().inNamespace(ns(i)).resource(p).update();
    }

    private static String ns(int i) {
        return "ns-" + (i % 4);
    }

    private static void batch(ExecutorService pool, int n, java.util.function.IntConsumer op) {
        List<CompletableFuture<Void>> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int k = i;
            all.add(CompletableFuture.runAsync(() -> op.accept(k), pool));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }
}
