package dev.podium.world.kube.traffic;

import dev.podium.engine.RandomStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One node's kube-proxy: the endpoints it has programmed for each Service, which lag the EndpointSlices by the sync
 * delay, and its pick among them. It programs the ready endpoints; when none is ready it falls back to the serving
 * terminating ones (ProxyTerminatingEndpoints, GA in 1.28). A change that arrives after a newer one is dropped.
 */
final class KubeProxy {
    private final String node;
    private final String mode;
    private final RandomStream random;
    private final Map<String, List<String>> rules = new TreeMap<>();
    private final Map<String, Long> applied = new TreeMap<>();
    private final Map<String, Long> cursors = new TreeMap<>();

    KubeProxy(String node, String mode, RandomStream random) {
        this.node = node;
        this.mode = mode;
        this.random = random;
    }

    String node() {
        return node;
    }

    /** Programs {@code endpoints} for {@code service} if {@code version} is newer than what it has; true if so. */
    boolean program(String service, List<String> endpoints, long version) {
        if (applied.getOrDefault(service, -1L) >= version) {
            return false;
        }
        applied.put(service, version);
        rules.put(service, List.copyOf(endpoints));
        return true;
    }

    /** The endpoint a new connection to {@code service} goes to, or null when the Service has none here. */
    String pick(String service) {
        List<String> endpoints = rules.getOrDefault(service, List.of());
        if (endpoints.isEmpty()) {
            return null;
        }
        long cursor = cursors.merge(service, 1L, Long::sum) - 1;
        return EndpointPicker.pick(endpoints, mode, random, cursor);
    }
}
