package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The pod template of a Deployment or ReplicaSet: labels and spec. */
public record PodTemplate(Map<String, String> labels, PodSpec spec) {
    public PodTemplate {
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    }
}
