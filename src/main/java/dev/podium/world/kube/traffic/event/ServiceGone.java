package dev.podium.world.kube.traffic.event;

/** Live mode: the watched cluster no longer holds {@code service} (namespace/name); its box and slice go. */
public record ServiceGone(long timeNanos, String service) implements TrafficEvent {
}
