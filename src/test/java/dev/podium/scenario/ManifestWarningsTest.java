package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.HpaEvaluated;
import dev.podium.world.kube.event.HpaScaled;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a scenario's manifests hold but Podium does not simulate reaches the user as located warnings
 * ({@link ScenarioLoader#warnings}); an HPA whose metrics are none Podium simulates warns and holds its replicas.
 */
class ManifestWarningsTest {
    private static final String HEADER = "podium: 1\nname: w\nworlds: [kube]\nseed: 3\nduration: 3m\n";
    private static final String NODE_AND_WEB = """
            manifests: |
              apiVersion: v1
              kind: Node
              metadata: {name: node-a}
              status: {allocatable: {cpu: "8", memory: 16Gi, pods: "110"}}
              ---
              apiVersion: apps/v1
              kind: Deployment
              metadata: {name: web}
              spec:
                replicas: %d
                selector: {matchLabels: {app: web}}
                template:
                  metadata: {labels: {app: web}}
                  spec:
                    containers:
                      - {name: app, image: "app:1", resources: {requests: {cpu: 250m, memory: 128Mi}}}
              ---
              apiVersion: autoscaling/v2
              kind: HorizontalPodAutoscaler
              metadata: {name: web}
              spec:
                scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                minReplicas: %d
                maxReplicas: 10
                metrics:
                  - type: Pods
                    pods:
                      metric: {name: packets-per-second}
                      target: {type: AverageValue, averageValue: 1k}
            """;

    @Test
    void unsupportedKindsOfARealManifestAreLocatedWarnings() throws Exception {
        Scenario scenario = ScenarioLoader.parse("s.yaml", HEADER + """
                manifests: |
                  apiVersion: policy/v1
                  kind: PodDisruptionBudget
                  metadata: {name: db}
                  spec: {}
                  ---
                  apiVersion: v1
                  kind: PersistentVolume
                  metadata: {name: settings}
                  spec: {}
                """);
        List<ScenarioProblem> warnings = ScenarioLoader.warnings(scenario);
        assertEquals(2, warnings.size(), warnings::toString);
        assertEquals("s.yaml:8:9", warnings.get(0).where().toString());
        assertTrue(warnings.get(0).message().startsWith("unsupported kind PodDisruptionBudget 'db'"), warnings::toString);
        assertTrue(warnings.get(1).message().startsWith("unsupported kind PersistentVolume 'settings'"),
                warnings::toString);
    }

    @Test
    void anHpaWithOnlyAPodsMetricWarnsAndKeepsItsReplicas() throws Exception {
        Scenario scenario = ScenarioLoader.parse("s.yaml", HEADER + NODE_AND_WEB.formatted(3, 1));
        List<ScenarioProblem> warnings = ScenarioLoader.warnings(scenario);
        assertTrue(warnings.stream().anyMatch(w -> w.message().contains("this Pods metric is ignored")),
                warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.message().contains("keeps its current replicas")),
                warnings::toString);
        ScenarioRun run = ScenarioRun.start(scenario);
        run.runToEnd();
        List<WorldEvent> events = run.timeline().events();
        List<HpaEvaluated> evaluations = events.stream().filter(HpaEvaluated.class::isInstance)
                .map(HpaEvaluated.class::cast).toList();
        assertFalse(evaluations.isEmpty(), "the HPA is simulated, not dropped");
        assertTrue(evaluations.stream().allMatch(e -> e.desiredReplicas() == 3), evaluations::toString);
        assertFalse(events.stream().anyMatch(HpaScaled.class::isInstance));
    }

    @Test
    void anHpaWithoutASimulatedMetricStillBringsItsTargetUpToMinReplicas() throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.parse("s.yaml", HEADER + NODE_AND_WEB.formatted(1, 2)));
        run.runToEnd();
        List<HpaScaled> scaled = run.timeline().events().stream().filter(HpaScaled.class::isInstance)
                .map(HpaScaled.class::cast).toList();
        assertEquals(1, scaled.size(), scaled::toString);
        assertEquals(2, scaled.get(0).toReplicas());
    }
}
