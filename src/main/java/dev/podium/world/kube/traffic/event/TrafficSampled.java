package dev.podium.world.kube.traffic.event;

/**
 * Per-Service totals over the last {@code windowNanos}: requests, errors (status ≥ 500), p50 and p99 latency, and the
 * running totals since the start. Emitted once a window for each Service that carries traffic.
 */
public record TrafficSampled(long timeNanos, String service, long windowNanos, long requests, long errors,
        long p50Nanos, long p99Nanos, long totalRequests, long totalErrors) implements TrafficEvent {
}
