package dev.podium.scenario.kube;

import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.spec.ContainerSpec;
import dev.podium.world.kube.spec.DeploymentManifest;
import dev.podium.world.kube.spec.IntOrPercent;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.NodeManifest;
import dev.podium.world.kube.spec.ObjectMeta;
import dev.podium.world.kube.spec.PodSpec;
import dev.podium.world.kube.spec.PodTemplate;
import dev.podium.world.kube.spec.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cluster of the scale benchmarks: {@code nodes} nodes of 32 CPUs, 128 Gi and room for 110 pods
 * ({@code node-0000}…), and {@code deployments} Deployments {@code app-0000}… of {@code replicas} pods each, 100m CPU
 * and 128 Mi a pod, images spread over 50 names. Used by {@code podium bench kube} and the seek benchmark.
 */
public final class ScaleCluster {
    private static final long S = KubeParams.SECOND;

    private ScaleCluster() {
    }

    /** The nodes, then the Deployments, in name order. */
    public static List<KubeManifest> manifests(int nodes, int deployments, int replicas) {
        List<KubeManifest> manifests = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            manifests.add(new NodeManifest(new ObjectMeta("", String.format("node-%04d", i), Map.of()),
                    new Resources(32_000, 128L << 30), 110, List.of(), false));
        }
        for (int i = 0; i < deployments; i++) {
            String name = String.format("app-%04d", i);
            Map<String, String> labels = Map.of("app", name);
            PodSpec spec = new PodSpec(List.of(new ContainerSpec("app", "registry/app-" + (i % 50) + ":1",
                    new Resources(100, 128L << 20), Resources.NONE, null, null, null, false)), List.of(), Map.of(),
                    List.of(), "", "Always", 30 * S, 0);
            manifests.add(new DeploymentManifest(new ObjectMeta("default", name, labels), replicas, labels,
                    new PodTemplate(labels, spec), "RollingUpdate", new IntOrPercent(25, true),
                    new IntOrPercent(25, true), 10, 0, 600 * S));
        }
        return manifests;
    }
}
