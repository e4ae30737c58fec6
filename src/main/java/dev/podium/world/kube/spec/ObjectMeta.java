package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Namespace, name and labels of an object. Cluster-scoped objects (nodes) have namespace "".
 * Labels are kept sorted so output is stable.
 */
public record ObjectMeta(String namespace, String name, Map<String, String> labels) {
    public ObjectMeta {
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    /** "namespace/name", or "name" for cluster-scoped objects: the key the workqueue uses. */
    public String key() {
        return namespace.isEmpty() ? name : namespace + "/" + name;
    }
}
