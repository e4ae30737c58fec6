package dev.podium.world.kube.control;

import java.util.List;

/**
 * A Deployment in a {@link DryRunReconcile}: its spec ({@code desired}, strategy, the resolved fenceposts), its
 * ReplicaSets (the new one, "" if none matches, and the old ones, oldest first), the counts its status would show
 * ({@code total}: the sets' spec replicas; {@code updated}: the new set's pods; ready and available over all sets;
 * {@code unavailable} = total − available, at least 0, as calculateStatus), and the steps the Deployment controller
 * would take next (several only when it scales several old sets down at once). Immutable.
 */
public record DeploymentDryRun(String key, String strategy, int desired, int maxSurge, int maxUnavailable,
        String newReplicaSet, List<String> oldReplicaSets, int total, int updated, int ready, int available,
        int unavailable, List<DryRunStep> steps) {
    public DeploymentDryRun {
        oldReplicaSets = List.copyOf(oldReplicaSets);
        steps = List.copyOf(steps);
    }
}
