package dev.podium.world.kube.event;

/**
 * The ReplicaSet controller wrote new status counts.
 */
public record ReplicaSetStatusUpdated(long timeNanos, String replicaSet, int replicas, int readyReplicas,
        int availableReplicas) implements KubeEvent {
}
