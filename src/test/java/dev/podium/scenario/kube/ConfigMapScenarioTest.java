package dev.podium.scenario.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.ClusterActionApplied;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scenario with a ConfigMap and a Secret: updateConfigMap runs, a wrong name is an action problem. */
class ConfigMapScenarioTest {
    private static final String PLANTED = "planted-secret-value-9137";

    @Test
    void updateConfigMapRunsAndNoEventCarriesASecretOrConfigValue() throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.parse("c.yaml", """
                podium: 1
                name: c
                worlds: [kube]
                seed: 3
                duration: 1m
                manifests: |
                  apiVersion: v1
                  kind: ConfigMap
                  metadata: {name: app-config}
                  data: {color: blue}
                  ---
                  apiVersion: v1
                  kind: Secret
                  metadata: {name: db}
                  stringData: {password: %s}
                actions:
                  - {at: 10s, do: updateConfigMap, target: app-config, key: color, value: green-and-gold}
                  - {at: 20s, do: updateConfigMap, target: settings, key: color, value: red}
                """.formatted(PLANTED)));
        run.runToEnd();
        assertEquals(1, run.actionProblems().size(), run.actionProblems()::toString);
        assertTrue(run.actionProblems().get(0).toString().startsWith("c.yaml:18:5: updateConfigMap settings: "),
                run.actionProblems()::toString);
        List<ClusterActionApplied> applied = run.timeline().events().stream()
                .filter(e -> e instanceof ClusterActionApplied).map(e -> (ClusterActionApplied) e).toList();
        assertEquals("v2: color (14 B)", applied.get(0).detail());
        String all = run.timeline().events().stream().map(WorldEvent::toString).reduce("", String::concat);
        assertFalse(all.contains(PLANTED), "a Secret value reached an event");
        assertFalse(all.contains("green-and-gold"), "a ConfigMap value reached an event");
    }
}
