package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A v1 Service: its selector and ports (the endpoints are the ready pods it selects), its type (ClusterIP, NodePort
 * or LoadBalancer) and, for NodePort and LoadBalancer, the node port of each port (0 where the API server would
 * allocate one from 30000–32767).
 */
public record ServiceManifest(ObjectMeta meta, Map<String, String> selector, List<Integer> ports, String type,
        List<Integer> nodePorts) implements KubeManifest {
    public ServiceManifest {
        selector = Collections.unmodifiableMap(new TreeMap<>(selector));
        ports = List.copyOf(ports);
        nodePorts = List.copyOf(nodePorts);
    }

    /** A ClusterIP Service. */
    public ServiceManifest(ObjectMeta meta, Map<String, String> selector, List<Integer> ports) {
        this(meta, selector, ports, "ClusterIP", List.of());
    }
}
