package dev.podium.world.kube.traffic.event;

import java.util.List;

/**
 * A client starts sending {@code requestsPerSecond} requests (Poisson arrivals) to {@code targets} ({@code host/path},
 * or {@code service/name} for a Service's NodePort without an Ingress); kube-proxy runs in {@code proxyMode}
 * (iptables or ipvs). {@code services} are the Services that carry traffic and {@code serviceTypes} their types
 * (ClusterIP, NodePort or LoadBalancer, with the node ports: {@code NodePort:30080}); {@code ingresses} the
 * Ingresses served, and {@code routes} their rules as text ({@code shop.example.com/api Prefix → default/api:8080}).
 */
public record TrafficStarted(long timeNanos, long requestsPerSecond, List<String> targets, String proxyMode,
        List<String> services, List<String> serviceTypes, List<String> ingresses, List<String> routes)
        implements TrafficEvent {
    public TrafficStarted {
        serviceTypes = List.copyOf(serviceTypes);
        routes = List.copyOf(routes);
        targets = List.copyOf(targets);
        services = List.copyOf(services);
        ingresses = List.copyOf(ingresses);
    }
}
