package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The part of a CRD version's {@code openAPIV3Schema} that Podium checks custom objects against: the node's
 * {@code type} ("object", "array", "string", "integer", "number", "boolean", or "" for any), its {@code properties}
 * and {@code required} (objects), {@code items} (arrays), {@code enum} and {@code minimum}/{@code maximum}
 * (numbers), and {@code x-kubernetes-preserve-unknown-fields}. Immutable.
 *
 * @param items the schema of an array's items, or null
 * @param minimum null when absent
 * @param maximum null when absent
 */
public record CrdSchema(String type, Map<String, CrdSchema> properties, List<String> required, CrdSchema items,
        List<String> enumValues, Double minimum, Double maximum, boolean preserveUnknownFields) {
    public CrdSchema {
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
        required = List.copyOf(required);
        enumValues = List.copyOf(enumValues);
    }

    /** A schema that accepts anything (a CRD version written without a schema). */
    public static CrdSchema any() {
        return new CrdSchema("", Map.of(), List.of(), null, List.of(), null, null, true);
    }
}
