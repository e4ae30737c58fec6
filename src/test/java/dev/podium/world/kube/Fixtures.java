package dev.podium.world.kube;

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
import dev.podium.world.kube.spec.Resources;
import dev.podium.world.kube.spec.ServiceManifest;
import dev.podium.world.kube.spec.Taint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Manifests built in code, with the defaults the manifest reader applies. */
final class Fixtures {
    static final long S = KubeParams.SECOND;
    static final long GIB = 1L << 30;

    private Fixtures() {
    }

    static NodeManifest node(String name, long milliCpu, long memory) {
        return new NodeManifest(new ObjectMeta("", name, Map.of()), new Resources(milliCpu, memory), 110, List.of(),
                false);
    }

    static NodeManifest taintedNode(String name, Taint taint) {
        return new NodeManifest(new ObjectMeta("", name, Map.of()), new Resources(4000, 8 * GIB), 110,
                List.of(taint), false);
    }

    static List<KubeManifest> nodes(int n) {
        List<KubeManifest> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(node("node-" + i, 4000, 8 * GIB));
        }
        return out;
    }

    static ContainerSpec container(String name, String image, long milliCpu) {
        return new ContainerSpec(name, image, new Resources(milliCpu, 128L << 20), Resources.NONE, null, null, null,
                false);
    }

    static ContainerSpec probed(String name, String image, long milliCpu) {
        return new ContainerSpec(name, image, new Resources(milliCpu, 64L << 20), Resources.NONE,
                ProbeSpec.defaults(), ProbeSpec.defaults(), null, false);
    }

    static PodSpec spec(ContainerSpec... containers) {
        return new PodSpec(List.of(containers), List.of(), Map.of(), List.of(), "", "Always", 30 * S, 0);
    }

    static DeploymentManifest deployment(String name, int replicas, IntOrPercent surge, IntOrPercent unavailable,
            PodSpec spec) {
        Map<String, String> labels = Map.of("app", name);
        return new DeploymentManifest(new ObjectMeta("default", name, labels), replicas, labels,
                new PodTemplate(labels, spec), "RollingUpdate", surge, unavailable, 10, 0, 600 * S);
    }

    static DeploymentManifest deployment(String name, int replicas, long milliCpu) {
        return deployment(name, replicas, new IntOrPercent(25, true), new IntOrPercent(25, true),
                spec(container("app", "nginx:1.25", milliCpu)));
    }

    static PodManifest pod(String name, PodSpec spec) {
        return new PodManifest(new ObjectMeta("default", name, Map.of("app", name)), spec);
    }

    static ServiceManifest service(String name, String app) {
        return new ServiceManifest(new ObjectMeta("default", name, Map.of()), Map.of("app", app), List.of(80));
    }

    static HpaManifest hpa(String name, String target, int min, int max, int targetPercent) {
        return new HpaManifest(new ObjectMeta("default", name, Map.of()), "Deployment", target, min, max,
                targetPercent, 0, 300 * S);
    }

    static List<KubeManifest> concat(List<KubeManifest> a, KubeManifest... more) {
        List<KubeManifest> out = new ArrayList<>(a);
        out.addAll(List.of(more));
        return out;
    }
}
