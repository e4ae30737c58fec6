package dev.podium.live.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.live.MockCluster;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.live.log.Redactor;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole session against a CRUD mock server over verified https sends only reads; changes need two keys. */
class ReadOnlySessionTest {

    @TempDir
    Path dir;

    private MockCluster cluster;
    private KubernetesClient seeder;

    @BeforeEach
    void seed() throws Exception {
        cluster = MockCluster.crud(dir);
        seeder = cluster.server.createClient();
        for (String name : List.of("web-1", "web-2")) {
            seeder.pods().inNamespace("default").resource(pod(name)).create();
        }
        seeder.nodes().resource(new NodeBuilder().withNewMetadata().withName("node-a").endMetadata().build())
                .create();
        cluster.newRequests();
    }

    @AfterEach
    void stop() {
        seeder.close();
        cluster.close();
    }

    private static Pod pod(String name) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("default").endMetadata().build();
    }

    @Test
    void aFullSessionSendsOnlyGetListAndWatch() throws Exception {
        try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT)) {
            KubernetesClient client = live.client();
            assertEquals(2, client.pods().inNamespace("default").list().getItems().size());
            assertEquals(1, client.nodes().list().getItems().size());
            assertNotNull(client.pods().inNamespace("default").withName("web-1").get());
            assertNotNull(client.getKubernetesVersion());

            CountDownLatch added = new CountDownLatch(1);
            Watch watch = client.pods().inNamespace("default").watch(new Watcher<Pod>() {
                @Override
                public void eventReceived(Action action, Pod resource) {
                    if (resource.getMetadata().getName().equals("web-3")) {
                        added.countDown();
                    }
                }

                @Override
                public void onClose(WatcherException cause) {
                }
            });
            CountDownLatch synced = new CountDownLatch(3);
            SharedIndexInformer<Pod> informer = client.pods().inNamespace("default").inform(
                    new ResourceEventHandler<Pod>() {
                        @Override
                        public void onAdd(Pod pod) {
                            synced.countDown();
                        }

                        @Override
                        public void onUpdate(Pod before, Pod after) {
                        }

                        @Override
                        public void onDelete(Pod pod, boolean finalStateUnknown) {
                        }
                    });
            seeder.pods().inNamespace("default").resource(pod("web-3")).create();
            assertTrue(added.await(10, TimeUnit.SECONDS), "the watch saw the new pod");
            assertTrue(synced.await(10, TimeUnit.SECONDS), "the informer listed and watched");
            informer.close();
            watch.close();

            Map<KubeVerb, Long> counts = live.guard().counts();
            assertTrue(counts.get(KubeVerb.LIST) >= 3, counts.toString());
            assertTrue(counts.get(KubeVerb.WATCH) >= 2, counts.toString());
            assertTrue(counts.get(KubeVerb.GET) >= 2, counts.toString());
            for (KubeVerb verb : KubeVerb.values()) {
                if (!verb.isReadOnly()) {
                    assertEquals(0L, counts.get(verb), verb + " in " + counts);
                }
            }
            assertEquals(0, live.guard().refusedCount());
        }
        List<RecordedRequest> reached = cluster.newRequests();
        List<RecordedRequest> ours = reached.stream().filter(ReadOnlySessionTest::ours).toList();
        assertTrue(ours.size() >= 7, "requests from our client: " + ours.size());
        for (RecordedRequest request : ours) {
            assertEquals("GET", request.getMethod(), request.getRequestLine());
            assertEquals("Bearer session-token-abcdef", request.getHeader("Authorization"));
        }
        assertEquals(List.of("POST /api/v1/namespaces/default/pods HTTP/1.1"), reached.stream()
                .filter(r -> !ours(r)).map(RecordedRequest::getRequestLine).toList(), "only the seeder wrote");
    }

    private static boolean ours(RecordedRequest request) {
        return String.valueOf(request.getHeader("User-Agent")).startsWith("podium");
    }

    @Test
    void aDeleteWithoutPermissionIsRefusedBeforeItLeavesTheClient() throws Exception {
        try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT)) {
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> live.client().pods().inNamespace("default").withName("web-1").delete());
            ChangeRefusedException refused = refusal(e);
            assertEquals("read-only: delete pods web-1 in namespace default was not sent, because changes are not "
                    + "allowed in context 'mock' (turn on \"allow changes\" for it first)", refused.getMessage());
            assertThrows(ChangeRefusedException.class,
                    () -> live.guard().confirm(ChangeRequest.delete("pods", "default", "web-1")));
            assertEquals(0, live.guard().count(KubeVerb.DELETE));
        }
        assertTrue(cluster.newRequests().isEmpty(), "nothing reached the server");
        assertEquals(2, seeder.pods().inNamespace("default").list().getItems().size());
    }

    @Test
    void withPermissionAndConfirmationExactlyOneDeleteGoesOut() throws Exception {
        cluster.permission.grant(MockCluster.CONTEXT);
        try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT)) {
            RuntimeException unconfirmed = assertThrows(RuntimeException.class,
                    () -> live.client().pods().inNamespace("default").withName("web-1").delete());
            assertTrue(refusal(unconfirmed).getMessage().startsWith("not confirmed: delete pods web-1"));

            ChangeTicket ticket = live.guard().confirm(ChangeRequest.delete("pods", "default", "web-1"));
            RuntimeException otherPod = assertThrows(RuntimeException.class,
                    () -> live.client().pods().inNamespace("default").withName("web-2").delete());
            assertTrue(refusal(otherPod).getMessage().startsWith("not confirmed: delete pods web-2"));

            live.client().pods().inNamespace("default").withName("web-1").delete();
            assertTrue(ticket.isSpent());
            assertEquals(1, live.guard().count(KubeVerb.DELETE));

            RuntimeException again = assertThrows(RuntimeException.class,
                    () -> live.client().pods().inNamespace("default").withName("web-2").delete());
            assertTrue(refusal(again).getMessage().startsWith("not confirmed"));
            assertEquals(1, live.guard().count(KubeVerb.DELETE));
            assertEquals(3, live.guard().refusedCount());
        }
        List<RecordedRequest> deletes = cluster.newRequests().stream().filter(r -> r.getMethod().equals("DELETE"))
                .toList();
        assertEquals(1, deletes.size());
        assertEquals("/api/v1/namespaces/default/pods/web-1", deletes.get(0).getPath());
        assertEquals(List.of("web-2"), seeder.pods().inNamespace("default").list().getItems().stream()
                .map(p -> p.getMetadata().getName()).toList());
    }

    @Test
    void requestsAreClassifiedAsKubernetesVerbs() {
        assertEquals(KubeVerb.LIST, classify("GET", "/api/v1/namespaces/default/pods?limit=1"));
        assertEquals(KubeVerb.WATCH,
                classify("GET", "/api/v1/namespaces/default/pods?allowWatchBookmarks=true&watch=true"));
        assertEquals(KubeVerb.GET, classify("GET", "/apis/apps/v1/namespaces/ns/deployments/web"));
        assertEquals(KubeVerb.GET, classify("GET", "/api/v1/namespaces/default"));
        assertEquals(KubeVerb.LIST, classify("GET", "/api/v1/nodes"));
        assertEquals(KubeVerb.GET, classify("GET", "/version"));
        assertEquals(KubeVerb.CONNECT, classify("GET", "/api/v1/namespaces/ns/pods/web/exec?command=sh"));
        assertEquals(KubeVerb.CREATE, classify("POST", "/api/v1/namespaces/ns/pods"));
        assertEquals(KubeVerb.PATCH, classify("PATCH", "/apis/apps/v1/namespaces/ns/deployments/web/scale"));
        assertEquals(KubeVerb.DELETECOLLECTION, classify("DELETE", "/api/v1/namespaces/ns/pods"));
        assertEquals(new ChangeRequest(KubeVerb.UPDATE, "deployments/status", "ns", "web"),
                ChangeRequest.classify("PUT",
                        java.net.URI.create("https://h/apis/apps/v1/namespaces/ns/deployments/web/status")));
    }

    private static KubeVerb classify(String method, String path) {
        return ChangeRequest.classify(method, java.net.URI.create("https://h" + path)).verb();
    }

    private static ChangeRefusedException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ChangeRefusedException) {
                return (ChangeRefusedException) t;
            }
        }
        throw new AssertionError("no ChangeRefusedException in " + Redactor.describe(e), e);
    }
}
