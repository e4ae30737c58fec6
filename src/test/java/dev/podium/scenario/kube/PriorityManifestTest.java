package dev.podium.scenario.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioException;
import dev.podium.world.kube.spec.DeploymentManifest;
import dev.podium.world.kube.spec.PriorityClassManifest;
import dev.podium.world.kube.spec.SchedulingSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityManifestTest {
    private static final String MANIFESTS = String.join("\n",
            "apiVersion: scheduling.k8s.io/v1",
            "kind: PriorityClass",
            "metadata: {name: high}",
            "value: 1000000",
            "preemptionPolicy: Never",
            "description: for the front end",
            "---",
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata: {name: web}",
            "spec:",
            "  selector: {matchLabels: {app: web}}",
            "  template:",
            "    metadata: {labels: {app: web}}",
            "    spec:",
            "      priorityClassName: high",
            "      containers: [{name: web, image: nginx}]",
            "");

    @Test
    void priorityClassAndPodTemplatesClassAreRead() throws Exception {
        ManifestSet set = ManifestReader.read("p.yaml", MANIFESTS);
        assertEquals(List.of(), set.warnings());
        PriorityClassManifest high = set.objectsOf(PriorityClassManifest.class).get(0);
        assertEquals(1_000_000, high.value());
        assertFalse(high.globalDefault());
        assertEquals("Never", high.preemptionPolicy());
        assertEquals("", high.meta().namespace());
        SchedulingSpec s = set.objectsOf(DeploymentManifest.class).get(0).template().spec().scheduling();
        assertEquals("high", s.priorityClassName());
        assertEquals("", s.preemptionPolicy());
    }

    @Test
    void unknownClassIsRejectedWhereItIsNamed() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ManifestReader.read("p.yaml", MANIFESTS.replace("priorityClassName: high",
                        "priorityClassName: hihg")));
        assertTrue(e.getMessage().contains("p.yaml:16:26: priorityClassName: no PriorityClass with name hihg was "
                + "found (did you mean 'high'?)"), e::getMessage);
    }

    @Test
    void builtInClassesNeedNoManifest() throws Exception {
        ManifestSet set = ManifestReader.read("p.yaml", MANIFESTS.replace("priorityClassName: high",
                "priorityClassName: system-cluster-critical"));
        assertEquals(2, set.objects().size());
    }

    @Test
    void classValueIsRequiredAndBounded() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ManifestReader.read("p.yaml", MANIFESTS.replace("value: 1000000\n", "")));
        assertTrue(e.getMessage().contains("p.yaml:1:1: value: missing"), e::getMessage);
        e = assertThrows(ScenarioException.class,
                () -> ManifestReader.read("p.yaml", MANIFESTS.replace("value: 1000000", "value: 2000000000")));
        assertTrue(e.getMessage().contains("p.yaml:4:8: value: 2000000000 is out of range"), e::getMessage);
        e = assertThrows(ScenarioException.class,
                () -> ManifestReader.read("p.yaml", MANIFESTS.replace("Never", "Sometimes")));
        assertTrue(e.getMessage().contains("p.yaml:5:19: preemptionPolicy: 'Sometimes' is not supported"),
                e::getMessage);
    }
}
