package dev.podium.world.kube.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.api.CustomObject;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.custom.event.CustomObjectCreated;
import dev.podium.world.kube.custom.event.CustomResourceDefinitionCreated;
import org.junit.jupiter.api.Test;

class CustomResourcesTest {
    static final String CRD = String.join("\n",
            "apiVersion: apiextensions.k8s.io/v1",
            "kind: CustomResourceDefinition",
            "metadata: {name: dbinstances.example.com}",
            "spec:",
            "  group: example.com",
            "  scope: Namespaced",
            "  names: {plural: dbinstances, singular: dbinstance, kind: DBInstance}",
            "  versions:",
            "    - name: v1",
            "      served: true",
            "      storage: true",
            "      schema:",
            "        openAPIV3Schema:",
            "          type: object",
            "          properties:",
            "            spec:",
            "              type: object",
            "              properties:",
            "                engine: {type: string}",
            "                replicas: {type: integer, minimum: 1}",
            "---",
            "apiVersion: example.com/v1",
            "kind: DBInstance",
            "metadata: {name: orders, namespace: shop}",
            "spec: {engine: postgres, replicas: 2}",
            "");

    @Test
    void crdIsRegisteredAndItsObjectStoredAndFolded() throws Exception {
        CustomRun run = new CustomRun(CRD);
        run.runUntilSeconds(1);
        CustomObject stored = (CustomObject) run.cluster.api().get(Kind.CUSTOM, "shop/orders");
        assertNotNull(stored);
        assertEquals("DBInstance", stored.customKind());
        assertEquals(2L, stored.fields().get("spec") instanceof java.util.Map<?, ?> m ? m.get("replicas") : null);
        assertTrue(run.timeline.events().stream().anyMatch(e -> e instanceof CustomResourceDefinitionCreated c
                && c.kind().equals("DBInstance") && c.apiVersion().equals("example.com/v1")));
        assertTrue(run.timeline.events().stream().anyMatch(e -> e instanceof CustomObjectCreated c
                && c.summary().equals("spec.engine=postgres spec.replicas=2")));
        CustomState s = run.state().custom();
        assertEquals("DBInstance (example.com/v1, Namespaced)", s.crds().get("dbinstances.example.com"));
        assertEquals("spec.engine=postgres spec.replicas=2", s.object("DBInstance", "shop/orders").summary());
    }
}
