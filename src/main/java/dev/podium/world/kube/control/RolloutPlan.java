package dev.podium.world.kube.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The Deployment controller's decision for one sync, pure (no kernel, no API): from the desired replicas, the
 * resolved fenceposts and the ReplicaSets' spec and available counts, the one step {@code rolloutRolling} or
 * {@code rolloutRecreate} takes next (k/k pkg/controller/deployment rolling.go, recreate.go, sync.go). The simulated
 * {@link DeploymentController} applies it; {@link DryRunReconcile} only describes it.
 */
final class RolloutPlan {

    /** What the controller does next. {@code IN_SYNC}: nothing to scale (it then writes status and cleans up). */
    enum Kind { BUMP_REVISION, CREATE_NEW, SCALE_NEW, SCALE_OLD, WAIT_FOR_OLD_PODS, IN_SYNC }

    /** A ReplicaSet as the decision reads it. */
    record Rs(int replicas, int available, int revision) {
    }

    /**
     * The inputs. {@code newRs} null if no ReplicaSet matches the template; {@code old} in the order old sets are
     * scaled down (oldest first); {@code oldPodsRemain} whether an old set still has a pod that is not terminal (read
     * by Recreate only).
     */
    record Input(int replicas, boolean recreate, int surge, int unavailable, Rs newRs, List<Rs> old,
            boolean oldPodsRemain) {
    }

    /**
     * The step: {@code newReplicas} for CREATE_NEW / SCALE_NEW, {@code revision} for BUMP_REVISION,
     * {@code oldReplicas} (one per old set, in input order) for SCALE_OLD.
     */
    record Step(Kind kind, int newReplicas, int revision, List<Integer> oldReplicas) {
        static Step of(Kind kind, int newReplicas) {
            return new Step(kind, newReplicas, 0, List.of());
        }
    }

    private RolloutPlan() {
    }

    static Step next(Input in) {
        int maxRevision = 0;
        for (Rs rs : in.old()) {
            maxRevision = Math.max(maxRevision, rs.revision());
        }
        if (in.newRs() != null && in.newRs().revision() <= maxRevision) {
            return new Step(Kind.BUMP_REVISION, 0, maxRevision + 1, List.of());
        }
        return scale(in);
    }

    /** The step after any revision bump: what rolloutRolling or rolloutRecreate scales. */
    static Step scale(Input in) {
        return in.recreate() ? recreate(in) : rolling(in);
    }

    /** rolloutRolling: reconcileNewReplicaSet (NewRSNewReplicas), else reconcileOldReplicaSets. */
    private static Step rolling(Input in) {
        int oldSpec = 0;
        for (Rs rs : in.old()) {
            oldSpec += rs.replicas();
        }
        int newSpec = in.newRs() == null ? 0 : in.newRs().replicas();
        int maxTotal = in.replicas() + in.surge();
        int current = oldSpec + newSpec;
        int target = newSpec;
        if (oldSpec == 0) {
            target = in.replicas(); // not a rollout: a scaling event (or the first rollout)
        } else if (current < maxTotal) {
            target = newSpec + Math.min(maxTotal - current, in.replicas() - newSpec);
        }
        if (in.newRs() == null) {
            return Step.of(Kind.CREATE_NEW, Math.max(0, target));
        }
        if (target != newSpec) {
            return Step.of(Kind.SCALE_NEW, target);
        }
        if (oldSpec > 0) {
            List<Integer> down = scaleDownOld(in);
            if (down != null) {
                return new Step(Kind.SCALE_OLD, 0, 0, down);
            }
        }
        return Step.of(Kind.IN_SYNC, newSpec);
    }

    /**
     * reconcileOldReplicaSets: cleanupUnhealthyReplicas then scaleDownOldReplicaSetsForRollingUpdate, keeping
     * replicas − maxUnavailable available. Null if no old set changes.
     */
    private static List<Integer> scaleDownOld(Input in) {
        List<Rs> old = in.old();
        int all = in.newRs().replicas();
        int availableAll = in.newRs().available();
        int[] replicas = new int[old.size()];
        for (int i = 0; i < old.size(); i++) {
            replicas[i] = old.get(i).replicas();
            all += replicas[i];
            availableAll += old.get(i).available();
        }
        int minAvailable = in.replicas() - in.unavailable();
        int newUnavailable = in.newRs().replicas() - in.newRs().available();
        int maxScaledDown = all - minAvailable - newUnavailable;
        if (maxScaledDown <= 0) {
            return null;
        }
        int cleaned = 0;
        for (int i = 0; i < old.size() && cleaned < maxScaledDown; i++) {
            int unhealthy = replicas[i] - old.get(i).available();
            if (replicas[i] == 0 || unhealthy <= 0) {
                continue;
            }
            int down = Math.min(maxScaledDown - cleaned, unhealthy);
            replicas[i] -= down;
            cleaned += down;
        }
        int scaleDownTotal = Math.max(0, availableAll - minAvailable);
        int scaled = 0;
        for (int i = 0; i < old.size() && scaled < scaleDownTotal; i++) {
            if (replicas[i] == 0) {
                continue;
            }
            int down = Math.min(replicas[i], scaleDownTotal - scaled);
            replicas[i] -= down;
            scaled += down;
        }
        boolean changed = false;
        List<Integer> out = new ArrayList<>(old.size());
        for (int i = 0; i < old.size(); i++) {
            out.add(replicas[i]);
            changed |= replicas[i] != old.get(i).replicas();
        }
        return changed ? out : null;
    }

    /** rolloutRecreate: old sets to 0, wait until their pods are gone, then the new set to replicas. */
    private static Step recreate(Input in) {
        boolean scaleDown = false;
        List<Integer> zeros = new ArrayList<>(in.old().size());
        for (Rs rs : in.old()) {
            zeros.add(0);
            scaleDown |= rs.replicas() > 0;
        }
        if (scaleDown) {
            return new Step(Kind.SCALE_OLD, 0, 0, zeros);
        }
        if (in.oldPodsRemain()) {
            return Step.of(Kind.WAIT_FOR_OLD_PODS, 0);
        }
        if (in.newRs() == null) {
            return Step.of(Kind.CREATE_NEW, in.replicas());
        }
        if (in.newRs().replicas() != in.replicas()) {
            return Step.of(Kind.SCALE_NEW, in.replicas());
        }
        return Step.of(Kind.IN_SYNC, in.replicas());
    }
}
