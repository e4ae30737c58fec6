package dev.podium.world.kube.config;

import dev.podium.world.kube.spec.ConfigUse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ConfigMap and Secret part of the Kubernetes state, folded by {@link ConfigFold}: the newest version of each
 * object seen ({@code Kind namespace/name} → version) and, for each pod that uses one, what each of its containers'
 * uses holds. Only pods with ConfigMap or Secret references have entries, so a copy is small. Not thread-safe.
 */
public final class ConfigState {
    final TreeMap<String, Integer> versions;
    final TreeMap<String, List<Held>> pods;

    /** One use with the version it holds; {@code object} is {@code Kind name}. */
    record Held(String container, ConfigUse use, String object, String target, String key, int version) {
    }

    public ConfigState() {
        versions = new TreeMap<>();
        pods = new TreeMap<>();
    }

    private ConfigState(ConfigState o) {
        versions = new TreeMap<>(o.versions);
        pods = new TreeMap<>();
        o.pods.forEach((pod, held) -> pods.put(pod, new ArrayList<>(held)));
    }

    public ConfigState copy() {
        return new ConfigState(this);
    }

    /** The uses of ConfigMaps and Secrets by {@code pod}'s containers, in the order they were filled. */
    public List<ConfigMountView> mounts(String pod) {
        List<ConfigMountView> out = new ArrayList<>();
        for (Held h : pods.getOrDefault(pod, List.of())) {
            out.add(new ConfigMountView(h.container(), h.use(), h.object(), h.target(), h.key(), h.version(),
                    Math.max(h.version(), versions.getOrDefault(qualified(pod, h.object()), 0))));
        }
        return out;
    }

    /** The newest version of the ConfigMaps seen, by {@code namespace/name}. */
    public Map<String, Integer> configMapVersions() {
        Map<String, Integer> out = new TreeMap<>();
        versions.forEach((k, v) -> {
            if (k.startsWith("ConfigMap ")) {
                out.put(k.substring("ConfigMap ".length()), v);
            }
        });
        return out;
    }

    /** {@code Kind namespace/name} for the object {@code Kind name} in the namespace of {@code pod}. */
    static String qualified(String pod, String object) {
        int space = object.indexOf(' ');
        String namespace = pod.substring(0, Math.max(0, pod.indexOf('/')));
        return object.substring(0, space) + " " + namespace + "/" + object.substring(space + 1);
    }
}
