package dev.podium.world.kube.sched;

import dev.podium.world.kube.api.Pod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * DefaultPreemption's PostFilter (k/k pkg/scheduler/framework/preemption and plugins/defaultpreemption), run when
 * no node fits a pod. On each node it takes away every pod of lower priority; if the preemptor then fits, it puts
 * them back one by one, most important first (higher priority, then earlier creation), keeping each that still
 * leaves room (a reprieve); the rest are that node's victims. Of the candidate nodes it picks as
 * {@code pickOneNodeForPreemption} does: the lowest highest-victim priority, then the lowest sum of victim
 * priorities (each offset by 2^31, so fewer victims win when the sums tie in sign), then the fewest victims, then the
 * latest start of the highest-priority victims, then the first node in the scheduler's list.
 *
 * <p>Each what-if re-runs every filter, PodTopologySpread and inter-pod anti-affinity included, with the node's
 * removed pods gone from their counts (so a victim set that frees cpu but leaves the preemptor outside maxSkew, or
 * next to a pod whose anti-affinity rejects it, is no candidate; and a pod whose anti-affinity alone keeps the
 * preemptor out can be the only victim).
 *
 * <p>Simplified: PodDisruptionBudgets are not modelled (the first criterion, fewest PDB violations, is skipped);
 * every node is a candidate (the real dry run samples max(10 % of nodes, 100), which is every node below 100);
 * pods' creation time stands for their start time. Stateless; kernel thread only.
 */
final class Preemption {
    private static final long OFFSET = 1L << 31;

    /** The chosen node and the pods to evict there, most important first; {@code examined} nodes were dry-run. */
    record Candidate(NodeInfo node, List<Pod> victims, int examined) {
    }

    private Preemption() {
    }

    /**
     * The node and victims that make room for {@code preemptor}, or a candidate with a null node if none does.
     * {@code priority} gives every pod's effective priority.
     */
    static Candidate find(Pod preemptor, List<NodeInfo> nodes, ToIntFunction<Pod> priority) {
        return find(preemptor, nodes, priority, 0);
    }

    /**
     * As {@link #find(Pod, List, ToIntFunction)}; {@code existingAnti} counts the placed pods with pod
     * (anti-)affinity terms (while it is 0 and the preemptor has no topology constraints, the dry run checks the
     * node alone; otherwise each what-if rebuilds the topology counts over every node).
     */
    static Candidate find(Pod preemptor, List<NodeInfo> nodes, ToIntFunction<Pod> priority, int existingAnti) {
        int p = priority.applyAsInt(preemptor);
        Comparator<Pod> moreImportant = Comparator.comparingInt((Pod v) -> -priority.applyAsInt(v))
                .thenComparingLong(Pod::createdNanos).thenComparing(Pod::key);
        NodeInfo best = null;
        List<Pod> bestVictims = null;
        int examined = 0;
        for (int n = 0; n < nodes.size(); n++) {
            NodeInfo info = nodes.get(n);
            List<Pod> lower = new ArrayList<>();
            for (Pod q : info.podsOn.values()) {
                if (priority.applyAsInt(q) < p) {
                    lower.add(q);
                }
            }
            if (lower.isEmpty()) {
                continue;
            }
            examined++;
            DryRun dry = new DryRun(preemptor, nodes, n, existingAnti);
            List<Pod> victims = victims(dry, lower, moreImportant);
            if (victims != null && !victims.isEmpty() && (best == null || better(victims, bestVictims, priority))) {
                best = info;
                bestVictims = victims;
            }
        }
        return new Candidate(best, best == null ? List.of() : bestVictims, examined);
    }

    /** selectVictimsOnNode: null if even removing every lower-priority pod leaves no room. */
    private static List<Pod> victims(DryRun dry, List<Pod> lower, Comparator<Pod> moreImportant) {
        for (Pod q : lower) {
            dry.what.remove(q);
        }
        if (!dry.fits()) {
            return null;
        }
        lower.sort(moreImportant);
        List<Pod> victims = new ArrayList<>();
        for (Pod q : lower) {
            dry.what.add(q);
            if (!dry.fits()) {
                dry.what.remove(q);
                victims.add(q);
            }
        }
        return victims;
    }

    /**
     * One node's what-if: a copy of it ({@code what}, pods listed) standing in for it in the node list, so that
     * PodTopologySpread and inter-pod anti-affinity count the cluster with the victims gone, as the real dry run's
     * PreFilter extensions (RemovePod/AddPod) do before each RunFilterPlugins.
     */
    private static final class DryRun {
        final Pod preemptor;
        final NodeInfo what;
        final List<NodeInfo> nodes;
        final boolean topology;
        final int existingAnti;

        DryRun(Pod preemptor, List<NodeInfo> all, int index, int existingAnti) {
            this.preemptor = preemptor;
            NodeInfo info = all.get(index);
            this.what = info.counts();
            what.podsOn.putAll(info.podsOn);
            this.existingAnti = existingAnti;
            this.topology = existingAnti > 0 || !preemptor.spec().scheduling().spread().isEmpty()
                    || InterPodAffinity.hasTerms(preemptor.spec().scheduling());
            this.nodes = topology ? new ArrayList<>(all) : all;
            if (topology) {
                nodes.set(index, what);
            }
        }

        boolean fits() {
            if (!Filters.fits(preemptor, what)) {
                return false;
            }
            return !topology || Filters.topologyFits(what, TopologySpread.of(preemptor, nodes),
                    InterPodAffinity.of(preemptor, nodes, existingAnti), new HashMap<>());
        }
    }

    /** True if victims {@code a} are a better choice than {@code b} (pickOneNodeForPreemption's order). */
    private static boolean better(List<Pod> a, List<Pod> b, ToIntFunction<Pod> priority) {
        int highA = a.isEmpty() ? Integer.MIN_VALUE : priority.applyAsInt(a.get(0));
        int highB = b.isEmpty() ? Integer.MIN_VALUE : priority.applyAsInt(b.get(0));
        if (highA != highB) {
            return highA < highB;
        }
        long sumA = sum(a, priority);
        long sumB = sum(b, priority);
        if (sumA != sumB) {
            return sumA < sumB;
        }
        if (a.size() != b.size()) {
            return a.size() < b.size();
        }
        return earliestStart(a, highA, priority) > earliestStart(b, highB, priority);
    }

    private static long sum(List<Pod> victims, ToIntFunction<Pod> priority) {
        long s = 0;
        for (Pod v : victims) {
            s += priority.applyAsInt(v) + OFFSET;
        }
        return s;
    }

    private static long earliestStart(List<Pod> victims, int high, ToIntFunction<Pod> priority) {
        long t = Long.MAX_VALUE;
        for (Pod v : victims) {
            if (priority.applyAsInt(v) == high) {
                t = Math.min(t, v.createdNanos());
            }
        }
        return t;
    }
}
