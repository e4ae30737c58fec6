package dev.podium.world.kube.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The workload part of the Kubernetes state, folded by {@link WorkloadEventFold}: StatefulSets and DaemonSets by key. They are few,
 * so a copy copies the map (the views are immutable records). Not thread-safe.
 */
public final class WorkloadState {
    final TreeMap<String, StatefulSetView> statefulSets;
    final TreeMap<String, DaemonSetView> daemonSets;

    public WorkloadState() {
        statefulSets = new TreeMap<>();
        daemonSets = new TreeMap<>();
    }

    private WorkloadState(WorkloadState o) {
        statefulSets = new TreeMap<>(o.statefulSets);
        daemonSets = new TreeMap<>(o.daemonSets);
    }

    public WorkloadState copy() {
        return new WorkloadState(this);
    }

    /** Every StatefulSet, sorted by key. */
    public List<StatefulSetView> statefulSets() {
        return new ArrayList<>(statefulSets.values());
    }

    /** Every DaemonSet, sorted by key. */
    public List<DaemonSetView> daemonSets() {
        return new ArrayList<>(daemonSets.values());
    }

    /** The DaemonSet at {@code key}, or null. */
    public DaemonSetView daemonSet(String key) {
        return daemonSets.get(key);
    }

    /** The StatefulSet at {@code key}, or null. */
    public StatefulSetView statefulSet(String key) {
        return statefulSets.get(key);
    }
}
