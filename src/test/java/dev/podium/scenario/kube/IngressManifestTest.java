package dev.podium.scenario.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioException;
import dev.podium.world.kube.spec.ContainerSpec;
import dev.podium.world.kube.spec.DeploymentManifest;
import dev.podium.world.kube.spec.IngressManifest;
import dev.podium.world.kube.spec.ServiceManifest;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngressManifestTest {
    private static final String INGRESS = String.join("\n",
            "apiVersion: networking.k8s.io/v1",
            "kind: Ingress",
            "metadata: {name: shop}",
            "spec:",
            "  ingressClassName: nginx",
            "  defaultBackend: {service: {name: web, port: {number: 80}}}",
            "  rules:",
            "    - host: shop.example.com",
            "      http:",
            "        paths:",
            "          - path: /api",
            "            pathType: Prefix",
            "            backend: {service: {name: api, port: {number: 8080}}}",
            "");

    @Test
    void ingressIsReadWithClassRulesAndDefaultBackend() throws Exception {
        ManifestSet set = ManifestReader.read("shop.yaml", INGRESS);
        assertEquals(List.of(), set.warnings());
        IngressManifest ing = (IngressManifest) set.objects().get(0);
        assertEquals("nginx", ing.ingressClassName());
        assertEquals("web", ing.defaultService());
        assertEquals(80, ing.defaultPort());
        assertEquals("shop.example.com", ing.rules().get(0).host());
        assertEquals(new IngressManifest.IngressPath("/api", "Prefix", "api", 8080), ing.rules().get(0).paths().get(0));
    }

    @Test
    void missingPathTypeIsAnErrorAtItsPath() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ManifestReader.read("shop.yaml", INGRESS.replace("            pathType: Prefix\n", "")));
        assertTrue(e.getMessage().contains("shop.yaml:11:13: spec.rules[0].http.paths[0].pathType: missing"),
                e::getMessage);
    }

    @Test
    void badPathTypeAndRelativePathAreLocated() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ManifestReader.read("shop.yaml",
                INGRESS.replace("pathType: Prefix", "pathType: Prefx").replace("path: /api", "path: api")));
        assertTrue(e.getMessage().contains("shop.yaml:12:23: spec.rules[0].http.paths[0].pathType: 'Prefx' is not "
                + "supported (did you mean 'Prefix'?)"), e::getMessage);
        assertTrue(e.getMessage().contains("shop.yaml:11:19: spec.rules[0].http.paths[0].path: 'api' must start "
                + "with '/'"), e::getMessage);
    }

    @Test
    void nodePortServiceAsInTheSeedGuide() throws Exception {
        String yaml = String.join("\n", "apiVersion: v1", "kind: Service", "metadata:", "  name: nginx-service",
                "spec:", "  type: NodePort", "  selector:", "    app: nginx", "  ports:", "    - protocol: TCP",
                "      port: 80 # Service port", "      targetPort: 80", "      nodePort: 30080", "");
        ServiceManifest s = (ServiceManifest) ManifestReader.read("svc.yaml", yaml).objects().get(0);
        assertEquals("NodePort", s.type());
        assertEquals(List.of(30080), s.nodePorts());
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ManifestReader.read("svc.yaml", yaml.replace("30080", "80")));
        assertTrue(e.getMessage().contains("svc.yaml:13:17: spec.ports[0].nodePort: 80 is out of range; expected "
                + "from 30000 to 32767"), e::getMessage);
    }

    @Test
    void preStopSleepIsReadFromExecAndSleepAction() throws Exception {
        String yaml = String.join("\n", "apiVersion: apps/v1", "kind: Deployment", "metadata: {name: web}", "spec:",
                "  selector: {matchLabels: {app: web}}", "  template:", "    metadata: {labels: {app: web}}",
                "    spec:", "      containers:", "        - name: a", "          image: nginx",
                "          lifecycle: {preStop: {exec: {command: [/bin/sh, -c, sleep 5]}}}",
                "        - name: b", "          image: nginx", "          lifecycle: {preStop: {sleep: {seconds: 3}}}",
                "");
        DeploymentManifest d = (DeploymentManifest) ManifestReader.read("d.yaml", yaml).objects().get(0);
        List<ContainerSpec> cs = d.template().spec().containers();
        assertEquals(5_000_000_000L, cs.get(0).preStopNanos());
        assertEquals(3_000_000_000L, cs.get(1).preStopNanos());
    }
}
