package dev.podium.scenario.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.world.kube.event.PodScheduled;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes docs' redis-cache and web-server Deployments ("Assigning Pods to Nodes", more practical use cases),
 * as written, on four nodes: each cache pod alone on its node (anti-affinity), each web pod beside a cache pod
 * (affinity) and alone among web pods, so three nodes hold one of each and the fourth stays empty.
 */
class PodAffinityScenarioTest {
    private static final String SCENARIO = """
            podium: 1
            name: docs-affinity
            worlds: [kube]
            seed: 3
            duration: 2m
            manifests: |
              apiVersion: v1
              kind: Node
              metadata: {name: node-1, labels: {topology.kubernetes.io/zone: a}}
              status: {allocatable: {cpu: "4", memory: 8Gi}}
              ---
              apiVersion: v1
              kind: Node
              metadata: {name: node-2, labels: {topology.kubernetes.io/zone: b}}
              status: {allocatable: {cpu: "4", memory: 8Gi}}
              ---
              apiVersion: v1
              kind: Node
              metadata: {name: node-3, labels: {topology.kubernetes.io/zone: c}}
              status: {allocatable: {cpu: "4", memory: 8Gi}}
              ---
              apiVersion: v1
              kind: Node
              metadata: {name: node-4, labels: {topology.kubernetes.io/zone: c}}
              status: {allocatable: {cpu: "4", memory: 8Gi}}
              ---
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: redis-cache
              spec:
                selector:
                  matchLabels:
                    app: store
                replicas: 3
                template:
                  metadata:
                    labels:
                      app: store
                  spec:
                    affinity:
                      podAntiAffinity:
                        requiredDuringSchedulingIgnoredDuringExecution:
                        - labelSelector:
                            matchExpressions:
                            - key: app
                              operator: In
                              values:
                              - store
                          topologyKey: "kubernetes.io/hostname"
                    containers:
                    - name: redis-server
                      image: redis:3.2-alpine
              ---
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web-server
              spec:
                selector:
                  matchLabels:
                    app: web-store
                replicas: 3
                template:
                  metadata:
                    labels:
                      app: web-store
                  spec:
                    affinity:
                      podAntiAffinity:
                        requiredDuringSchedulingIgnoredDuringExecution:
                        - labelSelector:
                            matchExpressions:
                            - key: app
                              operator: In
                              values:
                              - web-store
                          topologyKey: "kubernetes.io/hostname"
                      podAffinity:
                        requiredDuringSchedulingIgnoredDuringExecution:
                        - labelSelector:
                            matchExpressions:
                            - key: app
                              operator: In
                              values:
                              - store
                          topologyKey: "kubernetes.io/hostname"
                    containers:
                    - name: web-app
                      image: nginx:1.16-alpine
            """;

    @Test
    void webServersLandBesideTheCachesOnePerNode() throws Exception {
        Scenario scenario = ScenarioLoader.parse("docs-affinity.yaml", SCENARIO);
        assertEquals(List.of(), ScenarioLoader.warnings(scenario), "the docs' manifests load as written");
        ScenarioRun run = ScenarioRun.start(scenario);
        run.runToEnd();
        Map<String, String> nodeOf = new HashMap<>();
        run.timeline().events().stream().filter(e -> e instanceof PodScheduled).map(e -> (PodScheduled) e)
                .forEach(s -> nodeOf.put(s.pod(), s.node()));
        List<String> caches = nodeOf.keySet().stream().filter(p -> p.startsWith("default/redis-cache-"))
                .map(nodeOf::get).toList();
        List<String> webs = nodeOf.keySet().stream().filter(p -> p.startsWith("default/web-server-"))
                .map(nodeOf::get).toList();
        assertEquals(3, new HashSet<>(caches).size(), "one cache per node: " + nodeOf);
        assertEquals(3, new HashSet<>(webs).size(), "one web server per node: " + nodeOf);
        assertTrue(caches.containsAll(webs), "every web server beside a cache: " + nodeOf);
    }
}
