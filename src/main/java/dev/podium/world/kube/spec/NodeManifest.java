package dev.podium.world.kube.spec;

import java.util.List;

/** A v1 Node: allocatable capacity, taints, cordon (spec.unschedulable). */
public record NodeManifest(ObjectMeta meta, Resources allocatable, int maxPods, List<Taint> taints,
        boolean unschedulable) implements KubeManifest {
    public NodeManifest {
        taints = List.copyOf(taints);
    }
}
