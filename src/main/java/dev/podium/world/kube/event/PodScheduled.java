package dev.podium.world.kube.event;

/**
 * The pod was bound to a node (the binding reached the API server). {@code checkedNodes} nodes were filtered,
 * {@code feasibleNodes} fitted, and the winner scored {@code score} (0..200: LeastAllocated + BalancedAllocation).
 */
public record PodScheduled(long timeNanos, String pod, String node, int feasibleNodes, int checkedNodes, int score)
        implements KubeEvent {
}
