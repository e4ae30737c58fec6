package dev.podium.world.kube.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The workload part of the Kubernetes state, folded by {@link WorkloadEventFold}: StatefulSets, DaemonSets and Jobs by key. They are few,
 * so a copy copies the map (the views are immutable records). Not thread-safe.
 */
public final class WorkloadState {
    final TreeMap<String, StatefulSetView> statefulSets;
    final TreeMap<String, DaemonSetView> daemonSets;
    final TreeMap<String, JobView> jobs;

    public WorkloadState() {
        statefulSets = new TreeMap<>();
        daemonSets = new TreeMap<>();
        jobs = new TreeMap<>();
    }

    private WorkloadState(WorkloadState o) {
        statefulSets = new TreeMap<>(o.statefulSets);
        daemonSets = new TreeMap<>(o.daemonSets);
        jobs = new TreeMap<>(o.jobs);
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

    /** Every Job, sorted by key. */
    public List<JobView> jobs() {
        return new ArrayList<>(jobs.values());
    }

    /** The Job at {@code key}, or null. */
    public JobView job(String key) {
        return jobs.get(key);
    }

    /** The StatefulSet at {@code key}, or null. */
    public StatefulSetView statefulSet(String key) {
        return statefulSets.get(key);
    }
}
