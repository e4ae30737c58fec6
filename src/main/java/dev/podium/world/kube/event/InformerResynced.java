package dev.podium.world.kube.event;

/**
 * The resync timer fired: every cached object is handed to the handlers again as a Sync delta.
 */
public record InformerResynced(long timeNanos, String informer, int items) implements KubeEvent {
}
