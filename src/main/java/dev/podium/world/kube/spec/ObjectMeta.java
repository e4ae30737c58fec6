package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Namespace, name, labels and annotations of an object. Cluster-scoped objects (nodes) have namespace "".
 * Labels and annotations are kept sorted so output is stable.
 */
public record ObjectMeta(String namespace, String name, Map<String, String> labels, Map<String, String> annotations) {
    public ObjectMeta {
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
        annotations = Collections.unmodifiableMap(new TreeMap<>(annotations));
    }

    /** Metadata without annotations. */
    public ObjectMeta(String namespace, String name, Map<String, String> labels) {
        this(namespace, name, labels, Map.of());
    }

    /** "namespace/name", or "name" for cluster-scoped objects: the key the workqueue uses. */
    public String key() {
        return namespace.isEmpty() ? name : namespace + "/" + name;
    }
}
