package dev.podium.world.kube.workload.event;

/** A Job was removed from the API server. */
public record JobDeleted(long timeNanos, String job) implements WorkloadEvent {
}
