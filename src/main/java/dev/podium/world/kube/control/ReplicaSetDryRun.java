package dev.podium.world.kube.control;

/**
 * A ReplicaSet in a {@link DryRunReconcile}: desired replicas (spec), the active pods it owns (not Terminating,
 * not Succeeded or Failed) and how many of them are ready, and the step the ReplicaSet controller would take.
 * Immutable.
 */
public record ReplicaSetDryRun(String key, String deployment, int desired, int actual, int ready, DryRunStep step) {
}
