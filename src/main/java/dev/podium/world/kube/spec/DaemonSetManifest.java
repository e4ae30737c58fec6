package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An apps/v1 DaemonSet with defaults applied: updateStrategy RollingUpdate with maxUnavailable 1 (or OnDelete). The
 * selector is matchLabels only.
 */
public record DaemonSetManifest(ObjectMeta meta, Map<String, String> selector, PodTemplate template,
        String updateStrategy, IntOrPercent maxUnavailable) implements KubeManifest {
    public DaemonSetManifest {
        selector = Collections.unmodifiableMap(new TreeMap<>(selector));
    }
}
