package dev.podium.live.informer;

import java.util.List;

/**
 * What we keep of a live discovery.k8s.io/v1 EndpointSlice: the Service it belongs to (its
 * {@code kubernetes.io/service-name} label, as namespace/name), its endpoints (pod keys, or the address when an
 * endpoint targets no pod) with the node of each, and which of them are ready, serving and terminating as the
 * conditions say (an unset ready or serving counts as true, an unset terminating as false, as the API defines).
 * Immutable.
 */
record EndpointSliceRecord(String key, String service, List<String> endpoints, List<String> nodes,
        List<String> ready, List<String> serving, List<String> terminating) {
    EndpointSliceRecord {
        endpoints = List.copyOf(endpoints);
        nodes = List.copyOf(nodes);
        ready = List.copyOf(ready);
        serving = List.copyOf(serving);
        terminating = List.copyOf(terminating);
    }
}
