package dev.podium.world.kube.control;

import dev.podium.world.kube.api.Pod;
import java.util.Comparator;
import java.util.Map;

/**
 * Which pods a ReplicaSet deletes first (ActivePodsWithRanks.Less, k/k controller_utils.go): unassigned before
 * assigned; Pending before Running; not ready before ready; more co-located pods of the set on the same node
 * first (the rank); more recently ready first; more restarts first; newer first; then by name.
 *
 * <p>Simplified: the rank counts pods of this ReplicaSet only (upstream counts all ReplicaSets of the same
 * Deployment); pod-deletion-cost is not modelled; the LogarithmicScaleDown buckets are plain time comparison.
 */
final class PodDeletionOrder implements Comparator<Pod> {
    private final Map<String, Integer> podsPerNode;
    private final long nowNanos;

    PodDeletionOrder(Map<String, Integer> podsPerNode, long nowNanos) {
        this.podsPerNode = podsPerNode;
        this.nowNanos = nowNanos;
    }

    @Override
    public int compare(Pod a, Pod b) {
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
