package dev.podium.world.kube.workload.event;

/** A DaemonSet was removed from the API server. */
public record DaemonSetDeleted(long timeNanos, String daemonSet) implements WorkloadEvent {
}
