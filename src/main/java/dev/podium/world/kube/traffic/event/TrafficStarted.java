package dev.podium.world.kube.traffic.event;

import java.util.List;

/**
 * A client starts sending {@code requestsPerSecond} requests (Poisson arrivals) to {@code targets} ({@code host/path},
 * or {@code service/name} for a Service's NodePort without an Ingress); kube-proxy runs in {@code proxyMode}
 * (iptables or ipvs). {@code services} are the Services that carry traffic, {@code ingresses} the Ingresses.
 */
public record TrafficStarted(long timeNanos, long requestsPerSecond, List<String> targets, String proxyMode,
        List<String> services, List<String> ingresses) implements TrafficEvent {
    public TrafficStarted {
        targets = List.copyOf(targets);
        services = List.copyOf(services);
        ingresses = List.copyOf(ingresses);
    }
}
