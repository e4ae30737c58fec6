package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One pod (anti-)affinity term: pods matching {@code matchLabels} (its labelSelector) in the same domain of
 * {@code topologyKey} ({@code kubernetes.io/hostname}, {@code topology.kubernetes.io/zone}, any node label).
 * {@code weight} is 1..100 for a preferred term and 0 for a required one.
 */
public record AffinityTerm(String topologyKey, Map<String, String> matchLabels, int weight) {
    public AffinityTerm {
        matchLabels = Collections.unmodifiableMap(new TreeMap<>(matchLabels));
    }

    /** True if a pod with {@code labels} is selected by this term (every matchLabel present and equal). */
    public boolean selects(Map<String, String> labels) {
        return Selectors.matches(matchLabels, labels);
    }
}
