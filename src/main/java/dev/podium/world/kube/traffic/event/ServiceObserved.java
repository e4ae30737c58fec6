package dev.podium.world.kube.traffic.event;

/**
 * Live mode: the watched cluster holds {@code service} (namespace/name) with {@code serviceType} ({@code ClusterIP},
 * {@code NodePort:30080}, ...), new or with a changed type. One event per changed Service, so a cluster with many
 * Services costs one small event each, not a snapshot of all of them per change (older recordings carry
 * {@link ServicesObserved} snapshots instead). No client sends requests: podium only watches.
 */
public record ServiceObserved(long timeNanos, String service, String serviceType) implements TrafficEvent {
}
