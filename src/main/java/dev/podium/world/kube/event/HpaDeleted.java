package dev.podium.world.kube.event;

/**
 * The HorizontalPodAutoscaler was removed; its target keeps the replica count it had.
 */
public record HpaDeleted(long timeNanos, String hpa) implements KubeEvent {
}
