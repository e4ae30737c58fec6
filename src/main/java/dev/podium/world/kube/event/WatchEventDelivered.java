package dev.podium.world.kube.event;

/**
 * A watch event (ADDED, MODIFIED, DELETED) reached the informer and was queued in its DeltaFIFO.
 */
public record WatchEventDelivered(long timeNanos, String informer, String kind, String key, String watchType,
        long resourceVersion) implements KubeEvent {
}
