package dev.podium.live.informer;

import java.util.List;

/**
 * What we keep of a live node: allocatable capacity, the Ready condition (True, False, Unknown) and its reason,
 * cordon, and taints written {@code key=value:Effect}. Immutable.
 */
record NodeRecord(String name, long milliCpu, long memoryBytes, int maxPods, String ready, String readyReason,
        boolean unschedulable, List<String> taints) implements LiveRecord {

    NodeRecord {
        taints = List.copyOf(taints);
    }

    /** A node is cluster-scoped: its key is its name. */
    @Override
    public String key() {
        return name;
    }
}
