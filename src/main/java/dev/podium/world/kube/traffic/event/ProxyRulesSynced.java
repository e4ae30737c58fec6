package dev.podium.world.kube.traffic.event;

import java.util.List;

/**
 * The kube-proxy on {@code node} programmed {@code service}'s rules for {@code endpoints} (pod keys), {@code lagNanos}
 * after the EndpointSlice change it reflects. {@code fallback}: no endpoint was ready, so it uses the serving
 * terminating ones (ProxyTerminatingEndpoints).
 */
public record ProxyRulesSynced(long timeNanos, String node, String service, List<String> endpoints, long lagNanos,
        boolean fallback) implements TrafficEvent {
    public ProxyRulesSynced {
        endpoints = List.copyOf(endpoints);
    }
}
