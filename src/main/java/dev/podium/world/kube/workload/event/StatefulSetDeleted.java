package dev.podium.world.kube.workload.event;

/** A StatefulSet was removed from the API server. */
public record StatefulSetDeleted(long timeNanos, String statefulSet) implements WorkloadEvent {
}
