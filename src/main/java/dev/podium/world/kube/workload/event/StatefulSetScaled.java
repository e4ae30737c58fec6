package dev.podium.world.kube.workload.event;

/** A StatefulSet's spec.replicas changed (kubectl scale). */
public record StatefulSetScaled(long timeNanos, String statefulSet, int fromReplicas, int toReplicas)
        implements WorkloadEvent {
}
