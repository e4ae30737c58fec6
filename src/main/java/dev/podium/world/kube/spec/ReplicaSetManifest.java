package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** An apps/v1 ReplicaSet (replicas default 1; selector matchLabels only). */
public record ReplicaSetManifest(ObjectMeta meta, int replicas, Map<String, String> selector, PodTemplate template)
        implements KubeManifest {
    public ReplicaSetManifest {
        selector = Collections.unmodifiableMap(new TreeMap<>(selector));
    }
}
