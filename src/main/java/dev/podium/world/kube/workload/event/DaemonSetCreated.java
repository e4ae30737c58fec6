package dev.podium.world.kube.workload.event;

/** A DaemonSet was created; {@code updateStrategy} is RollingUpdate (with maxUnavailable) or OnDelete. */
public record DaemonSetCreated(long timeNanos, String daemonSet, String updateStrategy, String maxUnavailable,
        String image) implements WorkloadEvent {
}
