package dev.podium.world.kube.traffic.event;

import java.util.List;

/**
 * The EndpointSlice controller wrote {@code slice} of {@code service}: its endpoints (pod keys, sorted) with the node
 * of each, and the pods whose condition {@code ready}, {@code serving} and {@code terminating} is true, as
 * discovery.k8s.io/v1 sets them (a terminating pod is never ready; serving is its real readiness).
 */
public record EndpointSliceUpdated(long timeNanos, String service, String slice, List<String> endpoints,
        List<String> nodes, List<String> ready, List<String> serving, List<String> terminating)
        implements TrafficEvent {
    public EndpointSliceUpdated {
        endpoints = List.copyOf(endpoints);
        nodes = List.copyOf(nodes);
        ready = List.copyOf(ready);
        serving = List.copyOf(serving);
        terminating = List.copyOf(terminating);
    }
}
