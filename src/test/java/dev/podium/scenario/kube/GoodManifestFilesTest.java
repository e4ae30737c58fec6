package dev.podium.scenario.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.world.kube.spec.ContainerSpec;
import dev.podium.world.kube.spec.DeploymentManifest;
import dev.podium.world.kube.spec.HpaManifest;
import dev.podium.world.kube.spec.IntOrPercent;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.NodeManifest;
import dev.podium.world.kube.spec.ObjectMeta;
import dev.podium.world.kube.spec.PodManifest;
import dev.podium.world.kube.spec.PodSpec;
import dev.podium.world.kube.spec.PodTemplate;
import dev.podium.world.kube.spec.ProbeSpec;
import dev.podium.world.kube.spec.ReplicaSetManifest;
import dev.podium.world.kube.spec.Resources;
import dev.podium.world.kube.spec.ServiceManifest;
import dev.podium.world.kube.spec.Taint;
import dev.podium.world.kube.spec.Toleration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each file in manifests/good reads to exactly the records it spells out, with the API's defaults for the rest. */
class GoodManifestFilesTest {

    private static final long S = ProbeSpec.SECOND;
    private static final long MI = 1L << 20;
    private static final long GI = 1L << 30;
    private static final IntOrPercent QUARTER = new IntOrPercent(25, true);

    static Stream<Arguments> goodFiles() {
        return Stream.of(
                good("deployment-minimal.yaml", new DeploymentManifest(meta("default", "web", Map.of()), 1,
                        Map.of("app", "web"), new PodTemplate(Map.of("app", "web"), pod(container("nginx",
                        "nginx:1.27"))), "RollingUpdate", QUARTER, QUARTER, 10, 0, 600 * S)),
                good("deployment-full.yaml", fullDeployment()),
                good("recreate.yaml", new DeploymentManifest(meta("default", "db", Map.of()), 0, Map.of("app", "db"),
                        new PodTemplate(Map.of("app", "db"), pod(container("postgres", "postgres:16"))), "Recreate",
                        new IntOrPercent(0, false), new IntOrPercent(0, false), 10, 0, 600 * S)),
                good("replicaset.yaml", new ReplicaSetManifest(meta("default", "frontend", Map.of("tier", "frontend")),
                        2, Map.of("tier", "frontend"), new PodTemplate(Map.of("tier", "frontend"), pod(container(
                        "php-redis", "us-docker.pkg.dev/google-samples/containers/gke/gb-frontend:v5"))))),
                good("pod.yaml", new PodManifest(meta("jobs", "batch-job", Map.of()), new PodSpec(List.of(
                        new ContainerSpec("work", "busybox:1.36", new Resources(500, 1000), Resources.NONE, null,
                                null, null, false)), List.of(), Map.of(), List.of(), "", "OnFailure", 0, 0))),
                good("node.yaml", new NodeManifest(meta("", "node-a", Map.of("disk", "ssd")),
                        new Resources(7800, 31 * GI), 250, List.of(new Taint("dedicated", "shop", "NoSchedule"),
                        new Taint("node.kubernetes.io/unreachable", "", "NoExecute")), true)),
                good("service.yaml", new ServiceManifest(meta("prod", "shop", Map.of()), Map.of("app", "shop"),
                        List.of(80, 9090))),
                good("hpa-v1.yaml", new HpaManifest(meta("default", "web", Map.of()), "Deployment", "web", 1, 10, 80,
                        0, 300 * S)),
                good("hpa-v2.yaml", new HpaManifest(meta("prod", "shop", Map.of()), "Deployment", "shop", 2, 20, 60,
                        15 * S, 120 * S)),
                good("multi-document.yaml",
                        new NodeManifest(meta("", "small", Map.of()), new Resources(2000, 4 * GI), 110, List.of(),
                                false),
                        new ServiceManifest(meta("default", "web", Map.of()), Map.of("app", "web"), List.of(80)),
                        new HpaManifest(meta("default", "web", Map.of()), "Deployment", "web", 1, 4, 80, 0, 300 * S)),
                good("list.yaml",
                        new PodManifest(meta("default", "one", Map.of()), pod(container("c", "busybox"))),
                        new PodManifest(meta("default", "two", Map.of()), pod(container("c", "busybox")))));
    }

    private static DeploymentManifest fullDeployment() {
        ContainerSpec migrate = container("migrate", "shop-migrate:2");
        ContainerSpec proxy = new ContainerSpec("proxy", "envoy:1.30", new Resources(50, 64 * MI), Resources.NONE,
                null, ProbeSpec.defaults(), null, true);
        ContainerSpec app = new ContainerSpec("app", "shop:2", new Resources(250, 256 * MI),
                new Resources(1000, GI), new ProbeSpec(5 * S, 3 * S, 2 * S, 1, 5), new ProbeSpec(0, 10 * S, S, 2, 3),
                ProbeSpec.defaults(), false);
        ContainerSpec logger = new ContainerSpec("logger", "busybox", new Resources(100, 32_000_000),
                new Resources(100, 32_000_000), null, null, null, false);
        PodSpec spec = new PodSpec(List.of(app, logger), List.of(migrate, proxy), Map.of("disk", "ssd"), List.of(
                new Toleration("dedicated", "Equal", "shop", "NoSchedule", -1),
                new Toleration("", "Exists", "", "NoExecute", 30)), "node-a", "Always", 60 * S, 1000);
        return new DeploymentManifest(new ObjectMeta("prod", "shop", Map.of("app", "shop", "tier", "front"),
                Map.of("ignored", "yes")), 3,
                Map.of("app", "shop"), new PodTemplate(Map.of("app", "shop", "version", "2"), spec), "RollingUpdate",
                new IntOrPercent(1, false), new IntOrPercent(50, true), 5, 10 * S, 120 * S);
    }

    private static ObjectMeta meta(String namespace, String name, Map<String, String> labels) {
        return new ObjectMeta(namespace, name, labels);
    }

    private static ContainerSpec container(String name, String image) {
        return new ContainerSpec(name, image, Resources.NONE, Resources.NONE, null, null, null, false);
    }

    private static PodSpec pod(ContainerSpec container) {
        return new PodSpec(List.of(container), List.of(), Map.of(), List.of(), "", "Always", 30 * S, 0);
    }

    private static Arguments good(String file, KubeManifest... expected) {
        return Arguments.of(file, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFiles")
    void goodFileReadsToTheExpectedRecords(String file, List<KubeManifest> expected) throws Exception {
        Path path = Path.of(getClass().getResource("/manifests/good/" + file).toURI());

        ManifestSet set = ManifestReader.read(file, Files.readString(path, StandardCharsets.UTF_8));

        assertEquals(expected, set.objects());
        assertEquals(List.of(), set.warnings());
    }
}
