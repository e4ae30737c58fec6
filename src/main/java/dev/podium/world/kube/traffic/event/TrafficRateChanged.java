package dev.podium.world.kube.traffic.event;

/** The client now sends {@code requestsPerSecond} requests a second (0 stops it). */
public record TrafficRateChanged(long timeNanos, long requestsPerSecond) implements TrafficEvent {
}
