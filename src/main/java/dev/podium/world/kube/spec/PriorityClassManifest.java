package dev.podium.world.kube.spec;

/**
 * A scheduling.k8s.io/v1 PriorityClass: the {@code value} pods naming it get as {@code spec.priority}, whether it is
 * the {@code globalDefault} for pods naming no class, and its {@code preemptionPolicy} (PreemptLowerPriority or
 * Never). Cluster-scoped.
 */
public record PriorityClassManifest(ObjectMeta meta, int value, boolean globalDefault, String preemptionPolicy)
        implements KubeManifest {
}
