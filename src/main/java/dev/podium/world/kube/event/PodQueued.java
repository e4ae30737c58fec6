package dev.podium.world.kube.event;

/**
 * The scheduler put the pod in one of its queues: {@code activeQ}, {@code backoffQ} (waiting {@code backoffNanos})
 * or {@code unschedulablePods}.
 */
public record PodQueued(long timeNanos, String pod, String queue, long backoffNanos) implements KubeEvent {
}
