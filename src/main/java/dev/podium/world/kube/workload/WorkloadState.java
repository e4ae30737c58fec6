package dev.podium.world.kube.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The workload part of the Kubernetes state, folded by {@link WorkloadEventFold}: StatefulSets by key. They are few,
 * so a copy copies the map (the views are immutable records). Not thread-safe.
 */
public final class WorkloadState {
    final TreeMap<String, StatefulSetView> statefulSets;

    public WorkloadState() {
        statefulSets = new TreeMap<>();
    }

    private WorkloadState(WorkloadState o) {
        statefulSets = new TreeMap<>(o.statefulSets);
    }

    public WorkloadState copy() {
        return new WorkloadState(this);
    }

    /** Every StatefulSet, sorted by key. */
    public List<StatefulSetView> statefulSets() {
        return new ArrayList<>(statefulSets.values());
    }

    /** The StatefulSet at {@code key}, or null. */
    public StatefulSetView statefulSet(String key) {
        return statefulSets.get(key);
    }
}
