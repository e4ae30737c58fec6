package dev.podium.scenario.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioException;
import dev.podium.world.kube.spec.AffinityTerm;
import dev.podium.world.kube.spec.DeploymentManifest;
import dev.podium.world.kube.spec.LabelSelector;
import dev.podium.world.kube.spec.PodManifest;
import dev.podium.world.kube.spec.SchedulingSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pod affinity and matchExpressions as the Kubernetes docs write them ("Assigning Pods to Nodes"). */
class PodAffinityManifestTest {
    /** The docs' pods/pod-with-pod-affinity.yaml, as written. */
    private static final String DOCS_POD = String.join("\n",
            "apiVersion: v1",
            "kind: Pod",
            "metadata:",
            "  name: with-pod-affinity",
            "spec:",
            "  affinity:",
            "    podAffinity:",
            "      requiredDuringSchedulingIgnoredDuringExecution:",
            "      - labelSelector:",
            "          matchExpressions:",
            "          - key: security",
            "            operator: In",
            "            values:",
            "            - S1",
            "        topologyKey: topology.kubernetes.io/zone",
            "    podAntiAffinity:",
            "      preferredDuringSchedulingIgnoredDuringExecution:",
            "      - weight: 100",
            "        podAffinityTerm:",
            "          labelSelector:",
            "            matchExpressions:",
            "            - key: security",
            "              operator: In",
            "              values:",
            "              - S2",
            "          topologyKey: topology.kubernetes.io/zone",
            "  containers:",
            "  - name: with-pod-affinity",
            "    image: registry.k8s.io/pause:3.8",
            "");

    /** The docs' web-server Deployment beside a redis cache (anti-affinity with itself, affinity to the cache). */
    private static final String DOCS_WEB = String.join("\n",
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata:",
            "  name: web-server",
            "spec:",
            "  selector:",
            "    matchLabels:",
            "      app: web-store",
            "  replicas: 3",
            "  template:",
            "    metadata:",
            "      labels:",
            "        app: web-store",
            "    spec:",
            "      affinity:",
            "        podAntiAffinity:",
            "          requiredDuringSchedulingIgnoredDuringExecution:",
            "          - labelSelector:",
            "              matchExpressions:",
            "              - key: app",
            "                operator: In",
            "                values:",
            "                - web-store",
            "            topologyKey: \"kubernetes.io/hostname\"",
            "        podAffinity:",
            "          requiredDuringSchedulingIgnoredDuringExecution:",
            "          - labelSelector:",
            "              matchExpressions:",
            "              - key: app",
            "                operator: In",
            "                values:",
            "                - store",
            "            topologyKey: \"kubernetes.io/hostname\"",
            "      containers:",
            "      - name: web-app",
            "        image: nginx:1.16-alpine",
            "");

    private static LabelSelector in(String key, String value) {
        return new LabelSelector(Map.of(), List.of(new LabelSelector.Requirement(key, "In", List.of(value))));
    }

    @Test
    void theDocsPodWithPodAffinityLoadsAsWritten() throws Exception {
        ManifestSet set = ManifestReader.read("pod.yaml", DOCS_POD);
        assertEquals(List.of(), set.warnings());
        SchedulingSpec s = set.objectsOf(PodManifest.class).get(0).spec().scheduling();
        assertEquals(List.of(new AffinityTerm("topology.kubernetes.io/zone", in("security", "S1"), 0)),
                s.affinityRequired());
        assertEquals(List.of(new AffinityTerm("topology.kubernetes.io/zone", in("security", "S2"), 100)),
                s.antiAffinityPreferred());
    }

    @Test
    void theDocsWebServerDeploymentLoadsAsWritten() throws Exception {
        ManifestSet set = ManifestReader.read("web.yaml", DOCS_WEB);
        assertEquals(List.of(), set.warnings());
        SchedulingSpec s = set.objectsOf(DeploymentManifest.class).get(0).template().spec().scheduling();
        assertEquals(List.of(new AffinityTerm("kubernetes.io/hostname", in("app", "store"), 0)), s.affinityRequired());
        assertEquals(List.of(new AffinityTerm("kubernetes.io/hostname", in("app", "web-store"), 0)),
                s.antiAffinityRequired());
    }

    @Test
    void fieldsNotSimulatedAreWarnedAboutWhereTheyAre() throws Exception {
        ManifestSet set = ManifestReader.read("pod.yaml", DOCS_POD.replace(
                "        topologyKey: topology.kubernetes.io/zone\n    podAntiAffinity",
                "        topologyKey: topology.kubernetes.io/zone\n        namespaces: [prod]\n    podAntiAffinity")
                .replace("  affinity:\n", "  affinity:\n    nodeAffinity: {}\n"));
        List<String> warnings = set.warnings().stream().map(Object::toString).toList();
        assertEquals(2, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("pod.yaml:7:5: spec.affinity.nodeAffinity: ignored"), warnings::toString);
        assertTrue(warnings.get(1).startsWith("pod.yaml:17:9: spec.affinity.podAffinity.requiredDuringScheduling"
                + "IgnoredDuringExecution[0].namespaces: ignored"), warnings::toString);
    }

    @Test
    void aBadExpressionIsRefusedAtItsPlace() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ManifestReader.read("pod.yaml", DOCS_POD.replace("operator: In\n            values",
                        "operator: Within\n            values")));
        assertTrue(e.getMessage().contains("pod.yaml:12:23: spec.affinity.podAffinity.requiredDuringScheduling"
                + "IgnoredDuringExecution[0].labelSelector.matchExpressions[0].operator: 'Within' is not supported"),
                e::getMessage);
        e = assertThrows(ScenarioException.class,
                () -> ManifestReader.read("pod.yaml", DOCS_POD.replace("operator: In\n            values:\n"
                        + "            - S1\n", "operator: Exists\n            values:\n            - S1\n")));
        assertTrue(e.getMessage().contains(".matchExpressions[0].values: must be empty for operator Exists"),
                e::getMessage);
    }
}
