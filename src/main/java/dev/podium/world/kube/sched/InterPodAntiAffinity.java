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
 * The anti-affinity half of the InterPodAffinity plugin for one pod (k/k
 * pkg/scheduler/framework/plugins/interpodaffinity). PreFilter walks every pod in the cache once: the domains
 * ({@code topologyKey=value} of its node) holding a pod that one of this pod's required terms selects, and those
 * where an existing pod's required term selects this pod. Filter rejects a node in the first ("node(s) didn't match
 * pod anti-affinity rules") or the second ("node(s) didn't satisfy existing pods anti-affinity rules"). Score sums,
 * per node's domains, −weight for each existing pod a preferred term of this pod selects and for each existing pod
 * whose preferred term selects this pod, then normalises to {@code 100 × (s − min) / (max − min)} (0 when all are
 * equal). Terms select pods of the owner's namespace only (no namespaces or namespaceSelector). Kernel thread only.
 */
final class InterPodAntiAffinity {
    static final String POD_RULES = "node(s) didn't match pod anti-affinity rules";
    static final String EXISTING_RULES = "node(s) didn't satisfy existing pods anti-affinity rules";

    /** Domains ({@code key + '=' + value}) holding a pod this pod's required terms select. */
    private final Set<String> taken = new HashSet<>();
    /** Domains where an existing pod's required term selects this pod. */
    private final Set<String> forbidden = new HashSet<>();
    /** Preferred-term weights summed per domain (negative: anti-affinity). */
    private final Map<String, Integer> preference = new HashMap<>();
    private final Set<String> keys = new HashSet<>();

    private InterPodAntiAffinity(Pod pod, List<NodeInfo> nodes) {
        SchedulingSpec own = pod.spec().scheduling();
        for (NodeInfo info : nodes) {
            Map<String, String> labels = info.node.labels();
            for (Pod q : info.podsOn.values()) {
                boolean sameNamespace = q.namespace().equals(pod.namespace());
                if (sameNamespace) {
                    mark(own.antiAffinityRequired(), q, labels, taken, null);
                    mark(own.antiAffinityPreferred(), q, labels, null, preference);
                    mark(q.spec().scheduling().antiAffinityRequired(), pod, labels, forbidden, null);
                    mark(q.spec().scheduling().antiAffinityPreferred(), pod, labels, null, preference);
                }
            }
        }
    }

    /**
     * The plugin's state for {@code pod}, or null when neither it nor any existing pod ({@code existingTerms}
     * counts those placed with anti-affinity terms) has anti-affinity.
     */
    static InterPodAntiAffinity of(Pod pod, List<NodeInfo> nodes, int existingTerms) {
        SchedulingSpec s = pod.spec().scheduling();
        if (existingTerms == 0 && s.antiAffinityRequired().isEmpty() && s.antiAffinityPreferred().isEmpty()) {
            return null;
        }
        return new InterPodAntiAffinity(pod, nodes);
    }

    /** True if {@code spec} has any anti-affinity term (existing pods with them make every cycle check). */
    static boolean hasTerms(SchedulingSpec spec) {
        return !spec.antiAffinityRequired().isEmpty() || !spec.antiAffinityPreferred().isEmpty();
    }

    private void mark(List<AffinityTerm> terms, Pod selected, Map<String, String> nodeLabels, Set<String> set,
                      Map<String, Integer> weights) {
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
                weights.merge(domain, -t.weight(), Integer::sum);
            }
        }
    }

    /** The reason {@code info} fails anti-affinity, or null if it passes. */
    String reject(NodeInfo info) {
        if (inAny(info, taken)) {
            return POD_RULES;
        }
        return inAny(info, forbidden) ? EXISTING_RULES : null;
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
