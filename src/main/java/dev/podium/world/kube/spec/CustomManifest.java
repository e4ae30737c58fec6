package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A custom object: an instance of a kind some {@link CrdManifest} registered, already checked against its schema.
 * {@code fields} holds everything but apiVersion, kind, metadata and status, as plain values: String, Long, Double,
 * Boolean, List and SortedMap (keys sorted, so output is stable).
 */
public record CustomManifest(ObjectMeta meta, String apiVersion, String customKind, SortedMap<String, Object> fields)
        implements KubeManifest {
    public CustomManifest {
        fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    }

    /** The value at a dotted path such as {@code spec.replicas}, or null. */
    public Object at(String path) {
        Object node = fields;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        return node;
    }

    @Override
    public String kind() {
        return customKind;
    }
}
