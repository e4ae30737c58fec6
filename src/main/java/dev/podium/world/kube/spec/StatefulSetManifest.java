package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An apps/v1 StatefulSet with defaults applied: replicas 1, podManagementPolicy OrderedReady (or Parallel).
 * {@code serviceName} is the governing headless Service's name ("" when absent). The selector is matchLabels only.
 */
public record StatefulSetManifest(ObjectMeta meta, int replicas, Map<String, String> selector, PodTemplate template,
        String serviceName, String podManagementPolicy) implements KubeManifest {
    public StatefulSetManifest {
        selector = Collections.unmodifiableMap(new TreeMap<>(selector));
    }
}
