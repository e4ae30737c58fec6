package dev.podium.live.informer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.podium.live.MockCluster;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.timeline.Recording;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.RecordingReader;
import dev.podium.timeline.RecordingWriter;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording of a live session with the new kinds replays them into the same state, and holds no secret: a
 * Secret's planted value, a custom object's planted spec value and the session's bearer token never reach the file.
 */
class LiveKindsRecordingTest {

    static final Duration WAIT = Duration.ofSeconds(60); // an upper bound: the poll returns as soon as it holds
    static final String SECRET_VALUE = "planted-secret-value-91c2";
    static final String SPEC_VALUE = "planted-spec-password-4e7d";

    @TempDir
    Path dir;

    @Test
    void aRecordingReplaysTheNewKindsAndHoldsNoSecret() throws Exception {
        try (MockCluster cluster = MockCluster.crud(dir); KubernetesClient seeder = cluster.server.createClient()) {
            seeder.secrets().inNamespace("data").resource(new SecretBuilder().withNewMetadata().withName("db")
                    .withNamespace("data").endMetadata().addToStringData("password", SECRET_VALUE).build()).create();
            seeder.services().inNamespace("data").resource(new ServiceBuilder().withNewMetadata().withName("db")
                    .withNamespace("data").endMetadata().withNewSpec().addToSelector("app", "db").endSpec().build())
                    .create();
            seeder.discovery().v1().endpointSlices().inNamespace("shop").resource(LiveTrafficTest.slice("web-x",
                    true)).create();
            seeder.apps().statefulSets().inNamespace("data").resource(LiveWorkloadsTest.db(2)).create();
            seeder.apiextensions().v1().customResourceDefinitions().resource(LiveCustomResourcesTest.crd()).create();
            ResourceDefinitionContext context = new ResourceDefinitionContext.Builder().withGroup("example.com")
                    .withVersion("v1").withKind("DBInstance").withPlural("dbinstances").withNamespaced(true).build();
            seeder.genericKubernetesResources(context).inNamespace("data").resource(
                    new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1").withKind("DBInstance")
                            .withNewMetadata().withName("orders").withNamespace("data").endMetadata()
                            .addToAdditionalProperties("spec", Map.of("password", SPEC_VALUE)).build()).create();
            Path file = dir.resolve("live.jsonl");
            KubeState live;
            try (LiveConnection connection = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
                    LiveSession session = LiveSession.start(connection, LiveOptions.allNamespaces())) {
                LiveHarness h = new LiveHarness(session);
                h.awaitState(s -> s.traffic().services().size() == 1 && s.custom().objects().size() == 2
                        && s.traffic().slice("shop/web") != null && s.custom().crds().size() == 1, WAIT, "the kinds");
                h.awaitTrue(() -> session.firstListPending().isEmpty(), WAIT, "every first list");
                h.pump();
                live = h.state;
                new RecordingWriter(new RecordingCodec(LiveSession.eventTypes())).write(file,
                        new RecordingHeader("podium-recording", 1, "live", "mock", 0, "2026-12-05T10:00:00Z"),
                        h.timeline.events());
            }
            String text = Files.readString(file);
            for (String planted : List.of(SECRET_VALUE, SPEC_VALUE, "session-token-abcdef")) {
                assertFalse(text.contains(planted), planted + " reached the recording");
            }
            Recording replay = new RecordingReader(new RecordingCodec(LiveSession.eventTypes())).read(file);
            assertEquals(List.of(), replay.warnings());
            KubeProjection p = new KubeProjection();
            KubeState s = p.initial();
            for (WorldEvent e : replay.events()) {
                p.apply(s, e);
            }
            assertEquals(live.traffic().services(), s.traffic().services());
            assertEquals(live.traffic().slice("shop/web"), s.traffic().slice("shop/web"));
            assertEquals(live.custom().objects(), s.custom().objects());
            assertEquals(live.custom().crds(), s.custom().crds());
            assertEquals(List.of("DBInstance data/orders", "StatefulSet data/db"), s.custom().objects().stream()
                    .map(o -> o.kind() + " " + o.key()).toList());
        }
    }
}
