package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.queue.CustomerArrived;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard registry finds the worlds through their service registrations and lists each world's verbs. */
class WorldRegistryTest {
    private final WorldRegistry registry = WorldRegistry.standard();

    @Test
    void theWorldsOfThisBuildAreFoundInRegistrationOrder() {
        assertEquals(List.of("queue", "kube", "gc", "goruntime"), registry.names());
    }

    @Test
    void queueWorldKnowsItsVerbsInDocumentedOrder() {
        assertEquals(List.of("setArrivalRate", "setServers", "setServiceTime", "burst"), verbs("queue"));
    }

    @Test
    void kubeWorldKnowsTheClusterActions() {
        assertEquals(List.of("deletePod", "failNode", "recoverNode", "cordon", "uncordon", "drain", "dropWatch",
                "crashContainer", "failLiveness", "restoreLiveness", "failReadiness", "restoreReadiness", "scale",
                "setImage", "setLoad", "updateConfigMap", "setTrafficRate", "setClientWorkers", "killLeader",
                "deleteObject", "addNode", "deleteNode", "rolloutUndo", "delete"), verbs("kube"));
    }

    @Test
    void aWorldThisBuildLacksIsRefusedAtLoadWithTheWorldsItHas() {
        assertNull(registry.get("rust"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("g.yaml",
                "podium: 1\nname: g\nworlds: [rust]\nduration: 1s\n"));
        assertEquals("g.yaml:3:10: worlds: unknown world 'rust'; expected one of: queue, kube, gc, goruntime",
                e.getMessage());
    }

    @Test
    void sayIsAVerbOfEveryWorldSoAMultiWorldScenarioMayNarrate() throws Exception {
        Scenario scenario = ScenarioLoader.parse("s.yaml", "podium: 1\nname: s\nworlds: [kube, queue]\n"
                + "duration: 1m\nactions:\n  - {at: 1s, do: say, say: hello}\n");

        assertEquals("say", scenario.actions().get(0).verb());
    }

    @Test
    void recordingsKnowEveryWorldsEventTypesAndEachEventsWorld() {
        assertNotNull(registry.eventTypes().forName("CustomerArrived"));
        assertNotNull(registry.eventTypes().forName("PodCreated"));
        assertEquals("queue", registry.worldOf(new CustomerArrived(1, 1, 0)).name());
        assertEquals("kube", registry.worldOf(new PodCreated(1, "default/a", "", "", 0, 0, "nginx", 1)).name());
    }

    @Test
    void twoWorldsOfOneNameAreAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> registry.with(registry.get("queue")));
    }

    @Test
    void theKubeWorldOwnsTheManifestKeys() {
        assertEquals("kube", registry.ownerOfSection("manifests").name());
        assertEquals("kube", registry.ownerOfSection("manifestFiles").name());
        assertTrue(registry.ownerOfSection("actions") == null);
    }

    private List<String> verbs(String world) {
        return registry.get(world).verbs().stream().map(Verb::name).toList();
    }
}
