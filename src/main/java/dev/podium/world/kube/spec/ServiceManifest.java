package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A v1 Service: its selector and ports (the endpoints are the ready pods it selects). */
public record ServiceManifest(ObjectMeta meta, Map<String, String> selector, List<Integer> ports)
        implements KubeManifest {
    public ServiceManifest {
        selector = Collections.unmodifiableMap(new TreeMap<>(selector));
        ports = List.copyOf(ports);
    }
}
