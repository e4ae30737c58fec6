package dev.podium.world.kube.event;

/**
 * The pod object was removed from the API server.
 */
public record PodDeleted(long timeNanos, String pod, String node) implements KubeEvent {
}
