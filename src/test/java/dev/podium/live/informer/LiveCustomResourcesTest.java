package dev.podium.live.informer;

import static dev.podium.live.informer.ScriptedApi.list;
import static dev.podium.live.informer.ScriptedApi.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.live.MockCluster;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.custom.CustomObjectView;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom resources of a live cluster: the CRDs are listed, each served kind is watched generically, its objects are
 * listed with their status conditions (and not their spec), a status update follows; a kind whose list is
 * forbidden is marked so and the session goes on.
 */
class LiveCustomResourcesTest {

    static final Duration WAIT = Duration.ofSeconds(60); // an upper bound: the poll returns as soon as it holds
    static final String PLANTED = "planted-db-password-7f3a";

    @TempDir
    Path dir;

    static CustomResourceDefinition crd() {
        return new CustomResourceDefinitionBuilder().withNewMetadata().withName("dbinstances.example.com")
                .endMetadata().withNewSpec().withGroup("example.com").withScope("Namespaced").withNewNames()
                .withKind("DBInstance").withPlural("dbinstances").withSingular("dbinstance").endNames()
                .addNewVersion().withName("v1alpha1").withServed(true).withStorage(false).endVersion()
                .addNewVersion().withName("v1").withServed(true).withStorage(true).endVersion().endSpec().build();
    }

    static GenericKubernetesResource db(String ready, String reason) {
        return new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1").withKind("DBInstance")
                .withNewMetadata().withName("orders").withNamespace("data")
                .endMetadata()
                .addToAdditionalProperties("spec", Map.of("engine", "postgres", "password", PLANTED))
                .addToAdditionalProperties("status", Map.of("conditions", List.of(Map.of("type", "Ready",
                        "status", ready, "reason", reason, "message", "instance " + reason))))
                .build();
    }

    @Test
    void customKindsAreDiscoveredAndTheirObjectsListedWithConditions() throws Exception {
        try (MockCluster cluster = MockCluster.crud(dir); KubernetesClient seeder = cluster.server.createClient()) {
            seeder.apiextensions().v1().customResourceDefinitions().resource(crd()).create();
            ResourceDefinitionContext context = new ResourceDefinitionContext.Builder().withGroup("example.com")
                    .withVersion("v1").withKind("DBInstance").withPlural("dbinstances").withNamespaced(true).build();
            seeder.genericKubernetesResources(context).inNamespace("data").resource(db("False", "Provisioning"))
                    .create();
            try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
                    LiveSession session = LiveSession.start(live, LiveOptions.allNamespaces())) {
                LiveHarness h = new LiveHarness(session);
                h.awaitState(s -> s.custom().object("DBInstance", "data/orders") != null, WAIT, "the DBInstance");
                assertEquals(Map.of("dbinstances.example.com", "DBInstance (example.com/v1, Namespaced)"),
                        h.state.custom().crds());
                CustomObjectView db = h.state.custom().object("DBInstance", "data/orders");
                assertTrue(db.summary().matches("created=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), db.summary());
                assertEquals(List.of("Ready=False (Provisioning)"), db.conditions());
                assertNotNull(session.status().informer("podium/custom/dbinstances.example.com").orElse(null));

                seeder.genericKubernetesResources(context).inNamespace("data").resource(db("True", "Available"))
                        .update();
                h.awaitState(s -> s.custom().object("DBInstance", "data/orders").conditions()
                        .equals(List.of("Ready=True (Available)")), WAIT, "the condition update");
                for (WorldEvent e : h.timeline.events()) {
                    assertFalse(e.toString().contains(PLANTED), "a custom object's spec reached an event: " + e);
                }
            }
        }
    }

    @Test
    void aForbiddenCustomKindIsMarkedAndTheSessionGoesOn() throws Exception {
        ScriptedApi api = new ScriptedApi();
        api.onList("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", r -> list(List.of(crd()), "3"));
        for (String path : List.of("/apis/example.com/v1/dbinstances", "/apis/example.com/v1/namespaces/default/"
                + "dbinstances")) {
            api.onList(path, r -> status(403, "Forbidden", "dbinstances.example.com is forbidden: User \"dev\" "
                    + "cannot list resource \"dbinstances\""));
        }
        api.onList("/api/v1/pods", r -> list(List.of(new PodBuilder().withNewMetadata().withName("web-1")
                .withNamespace("default").withResourceVersion("4").endMetadata().build()), "4"));
        try (MockCluster cluster = MockCluster.scripted(dir, api);
                LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT);
                LiveSession session = LiveSession.start(live, LiveOptions.allNamespaces())) {
            LiveHarness h = new LiveHarness(session);
            h.awaitTrue(() -> session.status().informers().stream().filter(i -> i.informer()
                    .equals("podium/custom/dbinstances.example.com")).count() == 2 && session.status().informers()
                    .stream().filter(i -> i.informer().equals("podium/custom/dbinstances.example.com"))
                    .allMatch(i -> i.state() == InformerState.FORBIDDEN), WAIT, "the kind forbidden, twice");
            h.awaitState(s -> s.pod("default/web-1") != null, WAIT, "the pods still listed");
            assertEquals(1, h.state.custom().crds().size());
            assertEquals(List.of(), h.state.custom().objects());
        }
    }
}
