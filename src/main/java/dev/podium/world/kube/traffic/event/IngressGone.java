package dev.podium.world.kube.traffic.event;

/** Live mode: the watched cluster no longer holds {@code ingress} (namespace/name); its routes go. */
public record IngressGone(long timeNanos, String ingress) implements TrafficEvent {
}
