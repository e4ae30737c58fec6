package dev.podium.world.kube.event;

/**
 * A ReplicaSet was created (by the Deployment controller, {@code deployment} being its owner, or from a manifest).
 */
public record ReplicaSetCreated(long timeNanos, String replicaSet, String deployment, int revision, String templateHash,
        int replicas, String image) implements KubeEvent {
}
