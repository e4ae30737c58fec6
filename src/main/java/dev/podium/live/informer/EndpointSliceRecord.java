package dev.podium.live.informer;

import java.util.List;

/**
 * What we keep of a live discovery.k8s.io/v1 EndpointSlice: the Service it belongs to (its
 * {@code kubernetes.io/service-name} label, as namespace/name), its endpoints (pod keys, or the address when an
 * endpoint targets no pod) with the node of each, its name (the informer store's string, so the events name
 * the slice without a copy), and which of them are ready, serving and terminating as the
 * conditions say (an unset ready or serving counts as true, an unset terminating as false, as the API defines).
 * Immutable; ready and serving are the very list of the endpoints when they hold all of them (the usual case), so a
 * slice costs two lists, and the events built from a Service's only slice reuse them ({@link TrafficTopology}).
 */
record EndpointSliceRecord(String key, String name, String service, List<String> endpoints, List<String> nodes,
        List<String> ready, List<String> serving, List<String> terminating) implements LiveRecord {
    EndpointSliceRecord {
        endpoints = List.copyOf(endpoints);
        nodes = List.copyOf(nodes);
        ready = ready.equals(endpoints) ? endpoints : List.copyOf(ready);
        serving = serving.equals(endpoints) ? endpoints : List.copyOf(serving);
        terminating = List.copyOf(terminating);
    }
}
