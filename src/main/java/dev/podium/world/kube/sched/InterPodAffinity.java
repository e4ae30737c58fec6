package dev.podium.world.kube.sched;

import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.spec.AffinityTerm;
import dev.podium.world.kube.spec.SchedulingSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The InterPodAffinity plugin for one pod (k/k pkg/scheduler/framework/plugins/interpodaffinity). PreFilter walks
 * every pod in the cache once and notes the domains ({@code topologyKey=value} of its node): for each term of this
 * pod's required podAffinity, how many pods matching all those terms it holds; those holding a pod one of this pod's
 * required anti-affinity terms selects; and those where an existing pod's required anti-affinity term selects this
 * pod. Filter, in the plugin's order, rejects a node lacking a term's topologyKey or whose domain of some required
 * affinity term holds no matching pod ("node(s) didn't match pod affinity rules"; unless no pod in the cluster
 * matches and this pod matches its own terms: the first of a group that wants to be together), then one in the
 * second set ("node(s) didn't match pod anti-affinity rules") or the third ("node(s) didn't satisfy existing pods
 * anti-affinity rules"). Score sums, per node's domains, +weight for each existing pod a preferred affinity term of
 * this pod selects and for each existing pod whose preferred affinity term selects this pod (+1, the
 * hardPodAffinityWeight, for its required affinity terms), −weight likewise for preferred anti-affinity, then
 * normalises to {@code 100 × (s − min) / (max − min)} (0 when all are equal). Terms select pods of the owner's
 * namespace only (no namespaces or namespaceSelector). Kernel thread only.
 */
final class InterPodAffinity {
    static final String AFFINITY_RULES = "node(s) didn't match pod affinity rules";
    static final String POD_RULES = "node(s) didn't match pod anti-affinity rules";
    /** The default hardPodAffinityWeight: what an existing pod's required affinity term adds to the score. */
    private static final int HARD_WEIGHT = 1;
    static final String EXISTING_RULES = "node(s) didn't satisfy existing pods anti-affinity rules";

    /** Domains ({@code key + '=' + value}) holding a pod this pod's required terms select. */
    private final Set<String> taken = new HashSet<>();
    /** Domains where an existing pod's required term selects this pod. */
    private final Set<String> forbidden = new HashSet<>();
    /** Preferred-term weights summed per domain (negative: anti-affinity). */
    private final Map<String, Integer> preference = new HashMap<>();
    private final Set<String> keys = new HashSet<>();
    /** This pod's required affinity terms, and the pods matching all of them per domain. */
    private final List<AffinityTerm> required;
    private final Map<String, Integer> together = new HashMap<>();
    private final boolean selfMatches;

    private InterPodAffinity(Pod pod, List<NodeInfo> nodes) {
        SchedulingSpec own = pod.spec().scheduling();
        required = own.affinityRequired();
        selfMatches = selectedByAll(pod);
        for (NodeInfo info : nodes) {
            Map<String, String> labels = info.node.labels();
            for (Pod q : info.podsOn.values()) {
                if (q.namespace().equals(pod.namespace())) {
                    SchedulingSpec theirs = q.spec().scheduling();
                    mark(own.antiAffinityRequired(), q, labels, taken, null, -1);
                    mark(own.antiAffinityPreferred(), q, labels, null, preference, -1);
                    mark(theirs.antiAffinityRequired(), pod, labels, forbidden, null, -1);
                    mark(theirs.antiAffinityPreferred(), pod, labels, null, preference, -1);
                    mark(own.affinityPreferred(), q, labels, null, preference, 1);
                    mark(theirs.affinityPreferred(), pod, labels, null, preference, 1);
                    mark(theirs.affinityRequired(), pod, labels, null, preference, HARD_WEIGHT);
                    countTogether(q, labels);
                }
            }
        }
    }

    /** A pod matching all of this pod's required affinity terms counts in each term's domain of its node. */
    private void countTogether(Pod q, Map<String, String> labels) {
        if (required.isEmpty() || !selectedByAll(q)) {
            return;
        }
        for (AffinityTerm t : required) {
            String value = labels.get(t.topologyKey());
            if (value != null) {
                together.merge(t.topologyKey() + '=' + value, 1, Integer::sum);
            }
        }
    }

    private boolean selectedByAll(Pod q) {
        for (AffinityTerm t : required) {
            if (!t.selects(q.labels())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The plugin's state for {@code pod}, or null when neither it nor any existing pod ({@code existingTerms}
     * counts those placed with anti-affinity terms) has anti-affinity.
     */
    static InterPodAffinity of(Pod pod, List<NodeInfo> nodes, int existingTerms) {
        if (existingTerms == 0 && !hasTerms(pod.spec().scheduling())) {
            return null;
        }
        return new InterPodAffinity(pod, nodes);
    }

    /** True if {@code spec} has any pod (anti-)affinity term (existing pods with them make every cycle check). */
    static boolean hasTerms(SchedulingSpec spec) {
        return spec.hasPodAffinityTerms();
    }

    /**
     * Adds the domain of each term selecting {@code selected} to {@code set}, or its weight × {@code sign} (a
     * required term's weight 0 counts as 1) to {@code weights}.
     */
    private void mark(List<AffinityTerm> terms, Pod selected, Map<String, String> nodeLabels, Set<String> set,
                      Map<String, Integer> weights, int sign) {
        for (AffinityTerm t : terms) {
            String value = nodeLabels.get(t.topologyKey());
            if (value == null || !t.selects(selected.labels())) {
                continue;
            }
            String domain = t.topologyKey() + '=' + value;
            keys.add(t.topologyKey());
            if (set != null) {
                set.add(domain);
            } else {
                weights.merge(domain, sign * Math.max(t.weight(), 1), Integer::sum);
            }
        }
    }

    /** The reason {@code info} fails pod affinity or anti-affinity, or null if it passes. */
    String reject(NodeInfo info) {
        if (!required.isEmpty() && !together(info)) {
            return AFFINITY_RULES;
        }
        if (inAny(info, taken)) {
            return POD_RULES;
        }
        return inAny(info, forbidden) ? EXISTING_RULES : null;
    }

    /**
     * satisfyPodAffinity: the node has every term's topologyKey and each such domain holds a pod matching all terms;
     * or no pod anywhere matches and this pod matches its own terms (the first of its group).
     */
    private boolean together(NodeInfo info) {
        boolean podsExist = true;
        for (AffinityTerm t : required) {
            String value = info.node.labels().get(t.topologyKey());
            if (value == null) {
                return false;
            }
            podsExist &= together.getOrDefault(t.topologyKey() + '=' + value, 0) > 0;
        }
        return podsExist || together.isEmpty() && selfMatches;
    }

    private boolean inAny(NodeInfo info, Set<String> domains) {
        if (domains.isEmpty()) {
            return false;
        }
        for (String key : keys) {
            String value = info.node.labels().get(key);
            if (value != null && domains.contains(key + '=' + value)) {
                return true;
            }
        }
        return false;
    }

    /** Normalised scores (0..100, before the plugin weight) of the feasible nodes, in their order. */
    int[] scores(List<NodeInfo> feasible) {
        int[] out = new int[feasible.size()];
        if (preference.isEmpty()) {
            return out;
        }
        long[] raw = new long[out.length];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int n = 0; n < out.length; n++) {
            for (String key : keys) {
                String value = feasible.get(n).node.labels().get(key);
                raw[n] += value == null ? 0 : preference.getOrDefault(key + '=' + value, 0);
            }
            min = Math.min(min, raw[n]);
            max = Math.max(max, raw[n]);
        }
        for (int n = 0; n < out.length && max > min; n++) {
            out[n] = (int) (100.0 * (raw[n] - min) / (max - min));
        }
        return out;
    }
}
