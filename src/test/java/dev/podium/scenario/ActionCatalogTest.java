package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalog lists each world's verbs; the queue world is the only one with more than say. */
class ActionCatalogTest {

    @Test
    void queueWorldKnowsItsVerbsInDocumentedOrder() {
        assertEquals(List.of("say", "setArrivalRate", "setServers", "setServiceTime", "burst"),
                List.copyOf(ActionCatalog.verbsFor("queue")));
    }

    @Test
    void kubeWorldKnowsTheClusterActions() {
        assertEquals(List.of("say", "deletePod", "failNode", "recoverNode", "cordon", "uncordon", "drain", "dropWatch",
                "crashContainer", "failLiveness", "restoreLiveness", "failReadiness", "restoreReadiness", "scale",
                "setImage", "setLoad"), List.copyOf(ActionCatalog.verbsFor("kube")));
    }

    @Test
    void goAndGcWorldsOnlyNarrateForNow() {
        for (String world : List.of("goruntime", "gc")) {
            assertTrue(ActionCatalog.isKnownWorld(world));
            assertEquals(Set.of("say"), ActionCatalog.verbsFor(world));
        }
    }

    @Test
    void unknownWorldHasNoVerbs() {
        assertFalse(ActionCatalog.isKnownWorld("kubernetes"));
        assertEquals(Set.of(), ActionCatalog.verbsFor("kubernetes"));
    }

    @Test
    void sayIsAVerbOfEveryWorldSoAMultiWorldScenarioMayNarrate() throws Exception {
        Scenario scenario = ScenarioLoader.parse("s.yaml", "podium: 1\nname: s\nworlds: [kube, gc]\nduration: 1m\n"
                + "actions:\n  - {at: 1s, do: say, say: hello}\n");

        assertEquals("say", scenario.actions().get(0).verb());
    }
}
