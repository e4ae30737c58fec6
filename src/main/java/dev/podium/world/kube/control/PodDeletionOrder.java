package dev.podium.world.kube.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which pods a ReplicaSet deletes first (ActivePodsWithRanks.Less, k/k controller_utils.go): unassigned before
 * assigned; Pending before Running; not ready before ready; more co-located pods of the set on the same node
 * first (the rank); more recently ready first; more restarts first; newer first; then by name.
 *
 * <p>Pods are compared through a {@link Candidate}, so the simulated controller (API pods) and the dry run (projected
 * pods) rank with the same code. Simplified: the rank counts pods of this ReplicaSet only (upstream counts all
 * ReplicaSets of the same Deployment); pod-deletion-cost is not modelled; the LogarithmicScaleDown buckets are plain
 * time comparison.
 */
final class PodDeletionOrder implements Comparator<PodDeletionOrder.Candidate> {

    /** What the ranking reads of a pod; {@code readySinceNanos} -1 if not ready, {@code nodeName} "" if unbound. */
    record Candidate(String key, String nodeName, String phase, boolean ready, long readySinceNanos, int restarts,
            long createdNanos) {
    }

    private final Map<String, Integer> podsPerNode;

    PodDeletionOrder(Map<String, Integer> podsPerNode) {
        this.podsPerNode = podsPerNode;
    }

    /** The first {@code count} of {@code active} in deletion order (ranks counted over {@code active}). */
    static <T> List<T> victims(List<T> active, Function<T, Candidate> view, int count) {
        Map<String, Integer> perNode = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>(active.size());
        Map<Candidate, T> source = new HashMap<>();
        for (T pod : active) {
            Candidate c = view.apply(pod);
            candidates.add(c);
            source.put(c, pod);
            if (!c.nodeName().isEmpty()) {
                perNode.merge(c.nodeName(), 1, Integer::sum);
            }
        }
        candidates.sort(new PodDeletionOrder(perNode));
        List<T> out = new ArrayList<>(Math.min(count, candidates.size()));
        for (int i = 0; i < count && i < candidates.size(); i++) {
            out.add(source.get(candidates.get(i)));
        }
        return out;
    }

    @Override
    public int compare(Candidate a, Candidate b) {
        boolean assignedA = !a.nodeName().isEmpty();
        boolean assignedB = !b.nodeName().isEmpty();
        if (assignedA != assignedB) {
            return assignedA ? 1 : -1;
        }
        int phase = Integer.compare(phaseRank(a.phase()), phaseRank(b.phase()));
        if (phase != 0) {
            return phase;
        }
        if (a.ready() != b.ready()) {
            return a.ready() ? 1 : -1;
        }
        int rankA = a.nodeName().isEmpty() ? 0 : podsPerNode.getOrDefault(a.nodeName(), 0);
        int rankB = b.nodeName().isEmpty() ? 0 : podsPerNode.getOrDefault(b.nodeName(), 0);
        if (rankA != rankB) {
            return rankA > rankB ? -1 : 1;
        }
        if (a.ready() && a.readySinceNanos() != b.readySinceNanos()) {
            return a.readySinceNanos() > b.readySinceNanos() ? -1 : 1;
        }
        if (a.restarts() != b.restarts()) {
            return a.restarts() > b.restarts() ? -1 : 1;
        }
        if (a.createdNanos() != b.createdNanos()) {
            return a.createdNanos() > b.createdNanos() ? -1 : 1;
        }
        return a.key().compareTo(b.key());
    }

    private static int phaseRank(String phase) {
        if ("Pending".equals(phase)) {
            return 0;
        }
        if ("Unknown".equals(phase)) {
            return 1;
        }
        return 2;
    }
}
