package dev.podium.world.kube.event;

/**
 * A scenario or the user acted on the cluster (deletePod, failNode, scale, ...); {@code detail} says what it matched.
 */
public record ClusterActionApplied(long timeNanos, String action, String target, String detail) implements KubeEvent {
}
