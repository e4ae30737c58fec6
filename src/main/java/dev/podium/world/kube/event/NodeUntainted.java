package dev.podium.world.kube.event;

/**
 * A taint ({@code key=value:Effect}) was removed from the node.
 */
public record NodeUntainted(long timeNanos, String node, String taint) implements KubeEvent {
}
