package dev.podium.world.kube.event;

/**
 * A {@code liveness}, {@code readiness} or {@code startup} probe failed (kubectl event Unhealthy).
 */
public record ProbeFailed(long timeNanos, String pod, String container, String probe, int consecutiveFailures,
        int failureThreshold) implements KubeEvent {
}
