package dev.podium.world.kube.api;

import java.util.List;
import java.util.Map;

/** A Service as stored: the label selector of its endpoints and its ports. */
public record Service(String namespace, String name, String key, Map<String, String> selector, List<Integer> ports,
        long resourceVersion) implements ApiObject {

    @Override
    public Kind kind() {
        return Kind.SERVICE;
    }

    @Override
    public Service withResourceVersion(long rv) {
        return new Service(namespace, name, key, selector, ports, rv);
    }

    /** True if every selector label is on the pod (an empty selector selects nothing, as for Services). */
    public boolean selects(Pod pod) {
        if (selector.isEmpty() || !namespace.equals(pod.namespace())) {
            return false;
        }
        for (Map.Entry<String, String> e : selector.entrySet()) {
            if (!e.getValue().equals(pod.labels().get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
