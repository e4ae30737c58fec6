package dev.podium.world.kube.workload.event;

/**
 * The DaemonSet controller wrote new status counts: nodes that should run a pod (desired), nodes that do
 * (current), ready pods, and pods of the current template (updated).
 */
public record DaemonSetStatusUpdated(long timeNanos, String daemonSet, int desired, int current, int ready,
        int updated) implements WorkloadEvent {
}
