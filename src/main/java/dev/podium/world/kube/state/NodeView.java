package dev.podium.world.kube.state;

import java.util.List;

/**
 * A node as views draw it: capacity, Ready condition (True, False, Unknown), cordon, taints
 * ({@code key=value:Effect}) and the pods bound to it with their summed requests.
 */
public record NodeView(String name, long milliCpu, long memoryBytes, int maxPods, String ready,
        boolean unschedulable, List<String> taints, int pods, long requestedMilliCpu, long requestedMemoryBytes) {

    public NodeView {
        taints = List.copyOf(taints);
    }

    NodeView withPods(int delta, long cpu, long mem) {
        return new NodeView(name, milliCpu, memoryBytes, maxPods, ready, unschedulable, taints, pods + delta,
                requestedMilliCpu + cpu, requestedMemoryBytes + mem);
    }

    NodeView withReady(String value) {
        return new NodeView(name, milliCpu, memoryBytes, maxPods, value, unschedulable, taints, pods,
                requestedMilliCpu, requestedMemoryBytes);
    }

    NodeView withUnschedulable(boolean value) {
        return new NodeView(name, milliCpu, memoryBytes, maxPods, ready, value, taints, pods, requestedMilliCpu,
                requestedMemoryBytes);
    }

    NodeView withTaints(List<String> value) {
        return new NodeView(name, milliCpu, memoryBytes, maxPods, ready, unschedulable, value, pods,
                requestedMilliCpu, requestedMemoryBytes);
    }
}
