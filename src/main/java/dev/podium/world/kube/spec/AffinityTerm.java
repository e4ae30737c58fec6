package dev.podium.world.kube.spec;

import java.util.Map;

/**
 * One pod affinity or anti-affinity term: pods its {@code selector} (labelSelector: matchLabels and
 * matchExpressions) selects in the same domain of {@code topologyKey} ({@code kubernetes.io/hostname},
 * {@code topology.kubernetes.io/zone}, any node label). {@code weight} is 1..100 for a preferred term and 0 for a
 * required one.
 */
public record AffinityTerm(String topologyKey, LabelSelector selector, int weight) {
    /** A term whose labelSelector has matchLabels only. */
    public AffinityTerm(String topologyKey, Map<String, String> matchLabels, int weight) {
        this(topologyKey, LabelSelector.of(matchLabels), weight);
    }

    /** True if a pod with {@code labels} is selected by this term. */
    public boolean selects(Map<String, String> labels) {
        return selector.matches(labels);
    }

    /**
     * Part of the pod-template-hash's input ({@code Names.templateHash}): written as before matchExpressions were
     * read, with them added only when there are some, so existing templates keep their hash.
     */
    @Override
    public String toString() {
        return "AffinityTerm[topologyKey=" + topologyKey + ", matchLabels=" + selector.matchLabels()
                + (selector.matchExpressions().isEmpty() ? "" : ", matchExpressions=" + selector.matchExpressions())
                + ", weight=" + weight + "]";
    }
}
