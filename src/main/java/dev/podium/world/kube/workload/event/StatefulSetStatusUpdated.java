package dev.podium.world.kube.workload.event;

/** The StatefulSet controller wrote new status counts: pods that exist, and those Ready. */
public record StatefulSetStatusUpdated(long timeNanos, String statefulSet, int replicas, int readyReplicas)
        implements WorkloadEvent {
}
