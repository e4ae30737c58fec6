package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pod template of a Deployment or ReplicaSet: labels, spec and annotations (such as {@code checksum/config},
 * which rolls the Deployment when it changes).
 */
public record PodTemplate(Map<String, String> labels, PodSpec spec, Map<String, String> annotations) {
    public PodTemplate {
        labels = Collections.unmodifiableMap(new TreeMap<>(labels));
        annotations = Collections.unmodifiableMap(new TreeMap<>(annotations));
    }

    /** A template without annotations. */
    public PodTemplate(Map<String, String> labels, PodSpec spec) {
        this(labels, spec, Map.of());
    }

    /** This template with the annotation {@code key} set to {@code value}. */
    public PodTemplate withAnnotation(String key, String value) {
        Map<String, String> a = new TreeMap<>(annotations);
        a.put(key, value);
        return new PodTemplate(labels, spec, a);
    }
}
