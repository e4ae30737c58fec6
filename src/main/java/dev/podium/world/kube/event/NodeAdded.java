package dev.podium.world.kube.event;

import java.util.List;

/**
 * A node registered with the API server. {@code milliCpu}/{@code memoryBytes}/{@code maxPods} are its allocatable
 * capacity; taints are written {@code key=value:Effect}.
 */
public record NodeAdded(long timeNanos, String node, long milliCpu, long memoryBytes, int maxPods, List<String> taints,
        boolean unschedulable) implements KubeEvent {
    public NodeAdded {
        taints = List.copyOf(taints);
    }
}
