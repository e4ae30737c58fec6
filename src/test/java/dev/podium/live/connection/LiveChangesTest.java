package dev.podium.live.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.live.MockCluster;
import dev.podium.live.guard.ChangeRefusedException;
import dev.podium.live.guard.KubeVerb;
import dev.podium.live.kubeconfig.LiveConnection;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two changes Podium can make, through the guard: nothing leaves without "allow changes"; then exactly one. */
class LiveChangesTest {

    @TempDir
    Path dir;

    private MockCluster cluster;
    private KubernetesClient seeder;

    @BeforeEach
    void seed() throws Exception {
        cluster = MockCluster.crud(dir);
        seeder = cluster.server.createClient();
        seeder.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName("web-1")
                .withNamespace("default").endMetadata().build()).create();
        seeder.apps().deployments().inNamespace("default").resource(new DeploymentBuilder().withNewMetadata()
                .withName("web").withNamespace("default").endMetadata().withNewSpec().withReplicas(2).endSpec()
                .build()).create();
        cluster.newRequests();
    }

    @AfterEach
    void stop() {
        seeder.close();
        cluster.close();
    }

    @Test
    void withoutAllowChangesNothingIsSent() throws Exception {
        try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT)) {
            LiveChanges changes = new LiveChanges(live);
            assertFalse(changes.allowed());
            assertThrows(ChangeRefusedException.class, () -> changes.deletePod("default", "web-1"));
            assertThrows(ChangeRefusedException.class, () -> changes.scaleDeployment("default", "web", 5));
        }
        assertTrue(cluster.newRequests().isEmpty(), "nothing reached the server");
        assertNotNull(seeder.pods().inNamespace("default").withName("web-1").get());
        assertEquals(2, seeder.apps().deployments().inNamespace("default").withName("web").get().getSpec()
                .getReplicas());
    }

    @Test
    void allowedChangesSendExactlyTheConfirmedRequest() throws Exception {
        try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT)) {
            live.guard().allowChanges(true);
            LiveChanges changes = new LiveChanges(live);
            assertTrue(changes.allowed());
            changes.deletePod("default", "web-1");
            changes.scaleDeployment("default", "web", 5);
            assertEquals(1, live.guard().count(KubeVerb.DELETE));
            assertEquals(0, live.guard().refusedCount());
            // The tickets are spent or cancelled: a second delete needs a new confirmation.
            RuntimeException again = assertThrows(RuntimeException.class,
                    () -> live.client().pods().inNamespace("default").withName("web-1").delete());
            assertTrue(String.valueOf(again.getMessage()).contains("not confirmed")
                    || String.valueOf(again.getCause()).contains("not confirmed"), String.valueOf(again));
            live.guard().allowChanges(false);
            assertThrows(ChangeRefusedException.class, () -> changes.deletePod("default", "web-1"));
        }
        List<String> writes = cluster.newRequests().stream().map(RecordedRequest::getMethod)
                .filter(m -> !m.equals("GET")).toList();
        assertEquals(List.of("DELETE", "PUT"), writes);
        assertNull(seeder.pods().inNamespace("default").withName("web-1").get());
        assertEquals(5, seeder.apps().deployments().inNamespace("default").withName("web").get().getSpec()
                .getReplicas());
    }

    @Test
    void aChangeTheServerRefusesIsAClearError() throws Exception {
        try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT)) {
            live.guard().allowChanges(true);
            LiveChangeException e = assertThrows(LiveChangeException.class,
                    () -> new LiveChanges(live).scaleDeployment("default", "absent", 3));
            assertTrue(e.getMessage().startsWith("scale deployment default/absent to 3 failed: "), e.getMessage());
            assertFalse(e.getMessage().contains("session-token"), e.getMessage());
        }
    }
}
