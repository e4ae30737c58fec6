package dev.podium.world.kube.event;

/**
 * A ReplicaSet's spec.replicas changed (kubectl event ScalingReplicaSet on its Deployment).
 */
public record ReplicaSetScaled(long timeNanos, String replicaSet, int fromReplicas, int toReplicas)
        implements KubeEvent {
}
