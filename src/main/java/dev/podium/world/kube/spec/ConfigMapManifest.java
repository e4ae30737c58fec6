package dev.podium.world.kube.spec;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A v1 ConfigMap: text values ({@code data}) and binary values ({@code binaryData}, kept as the base64 text the
 * manifest gave, already checked by the reader). Keys are unique across both maps (the API server refuses a key in
 * both). Maps are kept sorted so output is stable.
 */
public record ConfigMapManifest(ObjectMeta meta, Map<String, String> data, Map<String, String> binaryData)
        implements KubeManifest {
    public ConfigMapManifest {
        data = Collections.unmodifiableMap(new TreeMap<>(data));
        binaryData = Collections.unmodifiableMap(new TreeMap<>(binaryData));
    }

    /** Every key with the size of its value in bytes (text counted as UTF-8), sorted by key. */
    public Map<String, Integer> sizes() {
        TreeMap<String, Integer> sizes = new TreeMap<>();
        data.forEach((k, v) -> sizes.put(k, v.getBytes(StandardCharsets.UTF_8).length));
        binaryData.forEach((k, v) -> sizes.put(k, Base64.getMimeDecoder().decode(v).length));
        return Collections.unmodifiableMap(sizes);
    }
}
