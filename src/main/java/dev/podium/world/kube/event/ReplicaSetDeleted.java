package dev.podium.world.kube.event;

/**
 * A ReplicaSet was removed (history beyond revisionHistoryLimit).
 */
public record ReplicaSetDeleted(long timeNanos, String replicaSet) implements KubeEvent {
}
