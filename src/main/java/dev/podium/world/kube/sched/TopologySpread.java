package dev.podium.world.kube.sched;

import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.spec.SpreadConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The PodTopologySpread plugin for one pod (k/k pkg/scheduler/framework/plugins/podtopologyspread). PreFilter
 * counts, for each DoNotSchedule constraint, the pods matching its selector in the pod's namespace (not
 * terminating) in every domain of its topologyKey, over the nodes that carry every constraint's key and match the
 * pod's nodeSelector (nodeAffinityPolicy Honor; taints ignored, nodeTaintsPolicy Ignore). Filter rejects a node
 * without a key ("... (missing required label)") or where {@code count + self − global minimum > maxSkew}; the
 * global minimum is 0 while fewer domains than the constraint's minDomains are eligible.
 * Score (ScheduleAnyway constraints, over the feasible nodes) adds {@code count × log(domains + 2) + maxSkew − 1}
 * per constraint and normalises to {@code 100 × (max + min − s) / max}; nodes without a key score 0. Mutable
 * only while built; kernel thread only.
 */
final class TopologySpread {
    static final String NOT_MATCH = "node(s) didn't match pod topology spread constraints";
    static final String MISSING_LABEL = NOT_MATCH + " (missing required label)";

    private final Pod pod;
    private final List<SpreadConstraint> hard = new ArrayList<>();
    private final List<SpreadConstraint> soft = new ArrayList<>();
    private final List<Map<String, Integer>> hardCounts = new ArrayList<>();
    private final int[] hardMin;

    private TopologySpread(Pod pod, List<NodeInfo> nodes) {
        this.pod = pod;
        for (SpreadConstraint c : pod.spec().scheduling().spread()) {
            (c.doNotSchedule() ? hard : soft).add(c);
        }
        hardMin = new int[hard.size()];
        for (SpreadConstraint c : hard) {
            hardCounts.add(new HashMap<>());
        }
        for (NodeInfo info : nodes) {
            if (!eligible(info, hard) || !matchesSelector(info)) {
                continue;
            }
            for (int i = 0; i < hard.size(); i++) {
                String value = info.node.labels().get(hard.get(i).topologyKey());
                hardCounts.get(i).merge(value, matching(info, hard.get(i)), Integer::sum);
            }
        }
        for (int i = 0; i < hard.size(); i++) {
            int min = Integer.MAX_VALUE;
            for (int count : hardCounts.get(i).values()) {
                min = Math.min(min, count);
            }
            hardMin[i] = hardCounts.get(i).size() < hard.get(i).minDomains() ? 0 : min;
        }
    }

    /** The plugin's state for {@code pod}, or null if the pod has no topologySpreadConstraints. */
    static TopologySpread of(Pod pod, List<NodeInfo> nodes) {
        return pod.spec().scheduling().spread().isEmpty() ? null : new TopologySpread(pod, nodes);
    }

    /** The reason {@code info} fails the DoNotSchedule constraints, or null if it passes. */
    String reject(NodeInfo info) {
        if (!eligible(info, hard)) {
            return MISSING_LABEL;
        }
        for (int i = 0; i < hard.size(); i++) {
            SpreadConstraint c = hard.get(i);
            int count = hardCounts.get(i).getOrDefault(info.node.labels().get(c.topologyKey()), 0);
            int self = c.selects(pod.labels()) ? 1 : 0;
            if (count + self - hardMin[i] > c.maxSkew()) {
                return NOT_MATCH;
            }
        }
        return null;
    }

    /** Normalised scores (0..100, before the plugin weight) of the feasible nodes, in their order. */
    int[] scores(List<NodeInfo> feasible, List<NodeInfo> all) {
        int[] out = new int[feasible.size()];
        if (soft.isEmpty()) {
            return out;
        }
        double[] weights = new double[soft.size()];
        List<Map<String, Integer>> counts = new ArrayList<>();
        int eligibleFeasible = 0;
        for (int i = 0; i < soft.size(); i++) {
            Map<String, Integer> domains = new HashMap<>();
            for (NodeInfo info : feasible) {
                if (eligible(info, soft)) {
                    domains.put(info.node.labels().get(soft.get(i).topologyKey()), 0);
                }
            }
            counts.add(domains);
        }
        for (NodeInfo info : feasible) {
            eligibleFeasible += eligible(info, soft) ? 1 : 0;
        }
        for (int i = 0; i < soft.size(); i++) {
            boolean host = HOSTNAME.equals(soft.get(i).topologyKey());
            weights[i] = Math.log((host ? eligibleFeasible : counts.get(i).size()) + 2);
        }
        for (NodeInfo info : all) {
            if (!eligible(info, soft) || !matchesSelector(info)) {
                continue;
            }
            for (int i = 0; i < soft.size(); i++) {
                String value = info.node.labels().get(soft.get(i).topologyKey());
                if (counts.get(i).containsKey(value)) {
                    counts.get(i).merge(value, matching(info, soft.get(i)), Integer::sum);
                }
            }
        }
        long[] raw = new long[out.length];
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int n = 0; n < out.length; n++) {
            NodeInfo info = feasible.get(n);
            if (!eligible(info, soft)) {
                raw[n] = -1;
                continue;
            }
            double s = 0;
            for (int i = 0; i < soft.size(); i++) {
                SpreadConstraint c = soft.get(i);
                int count = HOSTNAME.equals(c.topologyKey()) ? matching(info, c)
                        : counts.get(i).get(info.node.labels().get(c.topologyKey()));
                s += count * weights[i] + c.maxSkew() - 1;
            }
            raw[n] = Math.round(s);
            min = Math.min(min, raw[n]);
            max = Math.max(max, raw[n]);
        }
        for (int n = 0; n < out.length; n++) {
            out[n] = raw[n] < 0 ? 0 : max == 0 ? 100 : (int) (100 * (max + min - raw[n]) / max);
        }
        return out;
    }

    static final String HOSTNAME = "kubernetes.io/hostname";

    /** True if the node carries every constraint's topologyKey. */
    private static boolean eligible(NodeInfo info, List<SpreadConstraint> constraints) {
        for (SpreadConstraint c : constraints) {
            if (!info.node.labels().containsKey(c.topologyKey())) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesSelector(NodeInfo info) {
        for (Map.Entry<String, String> e : pod.spec().nodeSelector().entrySet()) {
            if (!e.getValue().equals(info.node.labels().get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Pods on {@code info} in the pod's namespace, not terminating, selected by {@code c}. */
    private int matching(NodeInfo info, SpreadConstraint c) {
        int n = 0;
        for (Pod q : info.podsOn.values()) {
            if (!q.deleting() && q.namespace().equals(pod.namespace())
                    && c.selects(q.labels())) {
                n++;
            }
        }
        return n;
    }
}
