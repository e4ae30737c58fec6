package dev.podium.scenario.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.world.kube.event.DeploymentDeleted;
import dev.podium.world.kube.event.ServiceDeleted;
import org.junit.jupiter.api.Test;

/** The delete verb from a scenario file: it runs, an unknown kind is refused at load, an unknown name when run. */
class DeleteScenarioTest {
    private static final String MANIFESTS = """
            podium: 1
            name: d
            worlds: [kube]
            seed: 3
            duration: 1m
            manifests: |
              apiVersion: v1
              kind: Node
              metadata: {name: node-1}
              status: {allocatable: {cpu: "4", memory: 8Gi, pods: "110"}}
              ---
              apiVersion: apps/v1
              kind: Deployment
              metadata: {name: web}
              spec:
                replicas: 2
                selector: {matchLabels: {app: web}}
                template:
                  metadata: {labels: {app: web}}
                  spec: {containers: [{name: app, image: "nginx:1.27"}]}
              ---
              apiVersion: v1
              kind: Service
              metadata: {name: web}
              spec: {selector: {app: web}, ports: [{port: 80}]}
            actions:
            """;

    @Test
    void deleteRunsForEachKindAndAnUnknownNameIsAnActionProblemAtItsPlace() throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.parse("d.yaml", MANIFESTS + """
                  - {at: 20s, do: delete, kind: service, target: web}
                  - {at: 25s, do: delete, kind: deployment, target: default/web}
                  - {at: 30s, do: delete, kind: hpa, target: web}
                """));
        run.runToEnd();
        assertEquals(1, run.timeline().events().stream().filter(e -> e instanceof ServiceDeleted).count());
        assertEquals(1, run.timeline().events().stream().filter(e -> e instanceof DeploymentDeleted).count());
        assertEquals(1, run.actionProblems().size(), run.actionProblems()::toString);
        assertTrue(run.actionProblems().get(0).toString().startsWith("d.yaml:29:5: delete web: "),
                run.actionProblems()::toString);
        assertTrue(run.actionProblems().get(0).toString().contains("no hpa default/web to delete"),
                run.actionProblems()::toString);
    }

    @Test
    void anUnknownKindIsRefusedAtLoadNamingFileLineAndColumn() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("d.yaml",
                MANIFESTS + "  - {at: 20s, do: delete, kind: ingress, target: web}\n"));
        assertTrue(e.getMessage().startsWith("d.yaml:27:33: kind: 'ingress' is not allowed"), e.getMessage());
        assertTrue(e.getMessage().contains("ingress"), e.getMessage());
    }
}
