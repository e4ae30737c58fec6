package dev.podium.world.kube.event;

/**
 * A probe's result turned to Success after {@code successThreshold} consecutive successes.
 */
public record ProbeSucceeded(long timeNanos, String pod, String container, String probe) implements KubeEvent {
}
