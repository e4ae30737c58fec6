package dev.podium.scenario.stall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.WorldRegistry;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.ContainerRestarted;
import dev.podium.world.kube.event.ProbeFailed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worlds act on each other through a seam the acted-on world owns: the stall world offers a ContainerBehaviour,
 * ScenarioRun connects the bindings, and the Kubernetes world's kubelet times out the liveness probe and restarts
 * the container, as it would for a process stopped by a long GC pause.
 */
class WorldLinksTest {
    private static final long S = 1_000_000_000L;
    private static final String SCENARIO = """
            podium: 1
            name: stall
            worlds: [kube, stall]
            duration: 3m
            params:
              stall: {from: 60s, until: 100s, container: app}
            manifests: |
              apiVersion: v1
              kind: Node
              metadata: {name: node-1}
              status: {allocatable: {cpu: "4", memory: 8Gi}}
              ---
              apiVersion: v1
              kind: Pod
              metadata: {name: api, labels: {app: api}}
              spec:
                containers:
                  - name: app
                    image: example/api:1.0
                    livenessProbe:
                      httpGet: {path: /healthz, port: 8080}
                      periodSeconds: 10
                      timeoutSeconds: 2
                      failureThreshold: 3
            """;

    @Test
    void aWorldThatStopsTheProcessGetsItsContainerRestartedByTheKubelet() throws Exception {
        WorldRegistry registry = WorldRegistry.standard().with(new StallWorld());
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.parse("stall.yaml", SCENARIO, registry), registry);
        run.runToEnd();
        List<WorldEvent> events = run.timeline().events();

        List<ProbeFailed> failures = events.stream().filter(ProbeFailed.class::isInstance).map(ProbeFailed.class::cast)
                .filter(f -> f.probe().equals("liveness")).toList();
        assertTrue(failures.size() >= 3, "three timed-out liveness probes: " + failures);
        assertTrue(failures.stream().allMatch(f -> f.timeNanos() >= 60 * S && f.timeNanos() <= 102 * S),
                "only while the process does not answer: " + failures);
        assertEquals(3, failures.get(2).consecutiveFailures());
        List<ContainerRestarted> restarts = events.stream().filter(ContainerRestarted.class::isInstance)
                .map(ContainerRestarted.class::cast).toList();
        assertEquals(1, restarts.size(), "the kubelet restarts the container once: " + restarts);
        assertTrue(restarts.get(0).timeNanos() > failures.get(2).timeNanos());
    }

    @Test
    void withoutTheOtherWorldTheSameClusterNeverFailsAProbe() throws Exception {
        String kubeOnly = SCENARIO.replace("worlds: [kube, stall]", "worlds: [kube]")
                .replace("params:\n  stall: {from: 60s, until: 100s, container: app}\n", "");
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.parse("kube.yaml", kubeOnly));
        run.runToEnd();

        assertTrue(run.timeline().events().stream().noneMatch(ProbeFailed.class::isInstance));
    }
}
