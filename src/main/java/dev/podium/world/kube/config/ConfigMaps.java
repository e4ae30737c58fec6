package dev.podium.world.kube.config;

import dev.podium.world.kube.spec.ConfigMapManifest;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.ObjectMeta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cluster's ConfigMaps, keyed {@code namespace/name}: the current object, its version (1 as created, one more
 * per update) and when each update was written, which {@link ConfigSync} turns into what each pod sees.
 * Not thread-safe (used on the kernel's thread).
 */
final class ConfigMaps {
    private final Map<String, ConfigMapManifest> current = new LinkedHashMap<>();
    private final Map<String, List<Long>> updates = new HashMap<>();

    ConfigMaps(List<KubeManifest> manifests) {
        for (KubeManifest m : manifests) {
            if (m instanceof ConfigMapManifest cm) {
                current.put(cm.meta().key(), cm);
                updates.put(cm.meta().key(), new ArrayList<>());
            }
        }
    }

    /** The key of the ConfigMap named {@code name} ({@code name} or {@code namespace/name}). */
    String key(String name) {
        String key = name.contains("/") ? name : "default/" + name;
        if (!current.containsKey(key)) {
            throw new IllegalArgumentException("no ConfigMap " + key + (current.isEmpty() ? " (the manifests have "
                    + "none)" : "; the manifests have " + String.join(", ", current.keySet())));
        }
        return key;
    }

    /** Sets {@code dataKey} to {@code value} at {@code nowNanos}; returns the new version. */
    int update(String key, String dataKey, String value, long nowNanos) {
        ConfigMapManifest old = current.get(key);
        Map<String, String> data = new TreeMap<>(old.data());
        data.put(dataKey, value);
        ObjectMeta meta = old.meta();
        current.put(key, new ConfigMapManifest(meta, data, old.binaryData()));
        updates.get(key).add(nowNanos);
        return version(key);
    }

    /** The version of the ConfigMap at {@code key}, or 0 when there is none. */
    int versionOrZero(String key) {
        return current.containsKey(key) ? version(key) : 0;
    }

    /** The current version: 1 as created, one more per update. */
    int version(String key) {
        return updates.get(key).size() + 1;
    }

    /** When each update of the ConfigMap was written, in order. */
    List<Long> updateTimes(String key) {
        return List.copyOf(updates.get(key));
    }

    ConfigMapManifest get(String key) {
        return current.get(key);
    }
}
