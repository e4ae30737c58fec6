package dev.podium.world.kube.sched;

import dev.podium.engine.RandomStream;
import dev.podium.world.kube.api.Node;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.spec.Taint;
import dev.podium.world.kube.spec.Toleration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Filter and score for one pod, with the reasons of each rejected node counted in the words of the upstream
 * plugins, so a failure reads like kubectl's FailedScheduling event. Plugins run in the default order and a node
 * stops at its first failing plugin; NodeResourcesFit reports every insufficient resource. Scores:
 * LeastAllocated ((alloc − req) × 100 / alloc, averaged over cpu and memory, requests including this pod and the
 * non-zero defaults 100 m / 200 MiB) plus BalancedAllocation ((1 − |f_cpu − f_mem| / 2) × 100).
 */
final class Filters {
    static final long DEFAULT_MILLI_CPU = 100;
    static final long DEFAULT_MEMORY = 200L * 1024 * 1024;

    /** One pod's outcome. */
    static final class Result {
        NodeInfo best;
        int bestScore;
        int checked;
        int feasible;
        final Map<String, Integer> reasons = new TreeMap<>();

        /** "0/N nodes are available: 2 Insufficient cpu, 1 node(s) were unschedulable." (reasons sorted). */
        String message(int totalNodes) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Integer> e : reasons.entrySet()) {
                parts.add(e.getValue() + " " + e.getKey());
            }
            parts.sort(null);
            StringBuilder sb = new StringBuilder("0/").append(totalNodes).append(" nodes are available");
            if (!parts.isEmpty()) {
                sb.append(": ").append(String.join(", ", parts));
            }
            return sb.append('.').toString();
        }
    }

    static long nonZeroCpu(Pod pod) {
        return pod.milliCpu() == 0 ? DEFAULT_MILLI_CPU : pod.milliCpu();
    }

    static long nonZeroMem(Pod pod) {
        return pod.memoryBytes() == 0 ? DEFAULT_MEMORY : pod.memoryBytes();
    }

    /**
     * Filters from {@code start} until {@code wanted} nodes fit, scores them and picks the best. {@code spread} and
     * {@code anti} (null when the pod and the cluster have no such constraints) run after NodeResourcesFit and add
     * their normalised scores with weight 2 each.
     */
    Result run(Pod pod, List<NodeInfo> nodes, int start, int wanted, RandomStream random, TopologySpread spread,
               InterPodAffinity anti) {
        Result r = new Result();
        PodNeeds needs = new PodNeeds(pod);
        int n = nodes.size();
        if (n == 0) {
            return r;
        }
        List<NodeInfo> feasible = new ArrayList<>();
        int index = start % n;
        for (int i = 0; i < n && r.feasible < wanted; i++, index = index + 1 == n ? 0 : index + 1) {
            NodeInfo info = nodes.get(index);
            r.checked++;
            if (fits(needs, info, r.reasons) && topologyFits(info, spread, anti, r.reasons)) {
                r.feasible++;
                feasible.add(info);
            }
        }
        int[] spreadScores = spread == null ? null : spread.scores(feasible, nodes);
        int[] antiScores = anti == null ? null : anti.scores(feasible);
        int ties = 0;
        for (int i = 0; i < feasible.size(); i++) {
            NodeInfo info = feasible.get(i);
            int score = score(pod, info) + TOPOLOGY_WEIGHT * ((spreadScores == null ? 0 : spreadScores[i])
                    + (antiScores == null ? 0 : antiScores[i]));
            if (r.best == null || score > r.bestScore) {
                r.best = info;
                r.bestScore = score;
                ties = 1;
            } else if (score == r.bestScore) {
                ties++;
                if (random.nextInt(ties) == 0) {
                    r.best = info;
                }
            }
        }
        return r;
    }

    /** The default weight of PodTopologySpread and of InterPodAffinity in the score. */
    static final int TOPOLOGY_WEIGHT = 2;

    /** PodTopologySpread then InterPodAffinity filters, counting the first failing one's reason. */
    static boolean topologyFits(NodeInfo info, TopologySpread spread, InterPodAffinity anti,
                                Map<String, Integer> reasons) {
        String reason = spread == null ? null : spread.reject(info);
        if (reason == null && anti != null) {
            reason = anti.reject(info);
        }
        if (reason != null) {
            reasons.merge(reason, 1, Integer::sum);
            return false;
        }
        return true;
    }

    /** True if {@code pod} passes every filter on {@code info} (a what-if: no reasons kept). */
    static boolean fits(Pod pod, NodeInfo info) {
        return fits(new PodNeeds(pod), info, new TreeMap<>());
    }

    /** What the filters ask of every node for one pod, read once per scheduling cycle rather than per node. */
    private static final class PodNeeds {
        final Pod pod;
        final Map<String, String> selector;
        final boolean toleratesUnschedulable;
        final long milliCpu;
        final long memoryBytes;

        PodNeeds(Pod pod) {
            this.pod = pod;
            this.selector = pod.spec().nodeSelector();
            this.toleratesUnschedulable = tolerates(pod, UNSCHEDULABLE);
            this.milliCpu = pod.milliCpu();
            this.memoryBytes = pod.memoryBytes();
        }
    }

    private static final Taint UNSCHEDULABLE = new Taint("node.kubernetes.io/unschedulable", "", "NoSchedule");

    private static boolean fits(PodNeeds needs, NodeInfo info, Map<String, Integer> reasons) {
        Node node = info.node;
        if (node.unschedulable() && !needs.toleratesUnschedulable) {
            reasons.merge("node(s) were unschedulable", 1, Integer::sum);
            return false;
        }
        List<Taint> taints = node.taints();
        for (int i = 0, n = taints.size(); i < n; i++) {
            Taint t = taints.get(i);
            if (("NoSchedule".equals(t.effect()) || "NoExecute".equals(t.effect())) && !tolerates(needs.pod, t)) {
                reasons.merge("node(s) had untolerated taint {" + t.key() + ": " + t.value() + "}", 1, Integer::sum);
                return false;
            }
        }
        if (!needs.selector.isEmpty()) {
            for (Map.Entry<String, String> e : needs.selector.entrySet()) {
                if (!e.getValue().equals(node.labels().get(e.getKey()))) {
                    reasons.merge("node(s) didn't match Pod's node affinity/selector", 1, Integer::sum);
                    return false;
                }
            }
        }
        boolean fit = true;
        if (info.pods + 1 > node.maxPods()) {
            reasons.merge("Too many pods", 1, Integer::sum);
            fit = false;
        }
        if (needs.milliCpu > 0 && info.reqCpu + needs.milliCpu > node.allocatable().milliCpu()) {
            reasons.merge("Insufficient cpu", 1, Integer::sum);
            fit = false;
        }
        if (needs.memoryBytes > 0 && info.reqMem + needs.memoryBytes > node.allocatable().memoryBytes()) {
            reasons.merge("Insufficient memory", 1, Integer::sum);
            fit = false;
        }
        return fit;
    }

    private static boolean tolerates(Pod pod, Taint taint) {
        for (Toleration t : pod.spec().tolerations()) {
            if (t.tolerates(taint)) {
                return true;
            }
        }
        return false;
    }

    private static int score(Pod pod, NodeInfo info) {
        long allocCpu = info.node.allocatable().milliCpu();
        long allocMem = info.node.allocatable().memoryBytes();
        long cpu = info.nzCpu + nonZeroCpu(pod);
        long mem = info.nzMem + nonZeroMem(pod);
        long cpuScore = allocCpu == 0 || cpu > allocCpu ? 0 : (allocCpu - cpu) * 100 / allocCpu;
        long memScore = allocMem == 0 || mem > allocMem ? 0 : (allocMem - mem) * 100 / allocMem;
        long least = (cpuScore + memScore) / 2;
        double fc = allocCpu == 0 ? 1 : Math.min((double) cpu / allocCpu, 1);
        double fm = allocMem == 0 ? 1 : Math.min((double) mem / allocMem, 1);
        long balanced = (long) ((1 - Math.abs(fc - fm) / 2) * 100);
        return (int) (least + balanced);
    }
}
