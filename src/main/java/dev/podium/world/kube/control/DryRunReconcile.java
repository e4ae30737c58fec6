package dev.podium.world.kube.control;

import dev.podium.world.kube.spec.IntOrPercent;
import dev.podium.world.kube.state.DeploymentView;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.PodView;
import dev.podium.world.kube.state.ReplicaSetView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dry-run reconcile of the Deployments and ReplicaSets in a {@link KubeState}: what the Deployment and ReplicaSet
 * controllers would do next, read from the state and decided by the same code the simulated controllers run
 * ({@link RolloutPlan}, {@link ReplicaSetController#change}, {@link PodDeletionOrder}). It never writes: it returns
 * a description. Inputs the state lacks are listed as {@link DryRunAssumption}s in the result.
 *
 * <p>Pure and toolkit-free; any thread, O(pods + ReplicaSets · log).
 */
public final class DryRunReconcile {
    private static final IntOrPercent QUARTER = new IntOrPercent(25, true);

    private DryRunReconcile() {
    }

    /** The dry run of {@code s}. */
    public static DryRunResult of(KubeState s) {
        Set<DryRunAssumption> assumptions = EnumSet.of(DryRunAssumption.AVAILABLE_FROM_STATUS,
                DryRunAssumption.NOT_PAUSED, DryRunAssumption.EXPECTATIONS_MET,
                DryRunAssumption.NEW_REPLICASET_BY_IMAGE, DryRunAssumption.OLD_BY_REVISION,
                DryRunAssumption.READY_SINCE_OBSERVED, DryRunAssumption.NO_REVISION_BUMP);
        Map<String, List<PodView>> podsByOwner = new HashMap<>();
        for (PodView p : s.pods()) {
            if (!p.owner().isEmpty()) {
                podsByOwner.computeIfAbsent(p.owner(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, List<ReplicaSetView>> setsByDeployment = new HashMap<>();
        List<ReplicaSetView> sets = new ArrayList<>(s.replicaSets());
        sets.sort(Comparator.comparing(ReplicaSetView::key));
        List<ReplicaSetDryRun> rsOut = new ArrayList<>();
        for (ReplicaSetView rs : sets) {
            if (!rs.deployment().isEmpty()) {
                setsByDeployment.computeIfAbsent(rs.deployment(), k -> new ArrayList<>()).add(rs);
            }
            rsOut.add(replicaSet(rs, podsByOwner.getOrDefault(rs.key(), List.of())));
        }
        List<DeploymentView> deployments = new ArrayList<>(s.deployments());
        deployments.sort(Comparator.comparing(DeploymentView::key));
        List<DeploymentDryRun> dOut = new ArrayList<>();
        for (DeploymentView d : deployments) {
            dOut.add(deployment(d, setsByDeployment.getOrDefault(d.key(), List.of()), podsByOwner, assumptions));
        }
        return new DryRunResult(dOut, rsOut, new ArrayList<>(assumptions));
    }

    /** syncReplicaSet: create or delete pods to match spec.replicas (expectations taken as met). */
    static ReplicaSetDryRun replicaSet(ReplicaSetView rs, List<PodView> owned) {
        List<PodView> active = new ArrayList<>();
        int ready = 0;
        for (PodView p : owned) {
            if (p.active()) {
                active.add(p);
                ready += p.ready() ? 1 : 0;
            }
        }
        int change = ReplicaSetController.change(rs.replicas(), active.size());
        DryRunStep step;
        if (change > 0) {
            step = DryRunStep.of(DryRunAction.CREATE_PODS, rs.key(), active.size(), active.size() + change);
        } else if (change < 0) {
            List<String> victims = new ArrayList<>();
            for (PodView p : PodDeletionOrder.victims(active, DryRunReconcile::candidate, -change)) {
                victims.add(p.key());
            }
            step = new DryRunStep(DryRunAction.DELETE_PODS, rs.key(), active.size(), active.size() + change,
                    victims);
        } else {
            step = DryRunStep.of(DryRunAction.IN_SYNC, rs.key(), active.size(), active.size());
        }
        return new ReplicaSetDryRun(rs.key(), rs.deployment(), rs.replicas(), active.size(), ready, step);
    }

    private static DeploymentDryRun deployment(DeploymentView d, List<ReplicaSetView> owned,
            Map<String, List<PodView>> podsByOwner, Set<DryRunAssumption> assumptions) {
        boolean recreate = "Recreate".equals(d.strategy());
        ReplicaSetView newRs = null;
        for (ReplicaSetView rs : owned) {
            if (rs.image().equals(d.image()) && (newRs == null || rs.revision() > newRs.revision())) {
                newRs = rs;
            }
        }
        List<ReplicaSetView> old = new ArrayList<>();
        for (ReplicaSetView rs : owned) {
            if (rs != newRs) {
                old.add(rs);
            }
        }
        old.sort(Comparator.comparingInt(ReplicaSetView::revision).thenComparing(ReplicaSetView::key));
        IntOrPercent surge = fencepost(d.maxSurge(), recreate, assumptions);
        IntOrPercent unavailable = fencepost(d.maxUnavailable(), recreate, assumptions);
        int maxSurge = recreate ? 0 : IntOrPercent.surge(d.replicas(), surge, unavailable);
        int maxUnavailable = IntOrPercent.unavailable(d.replicas(), recreate, surge, unavailable);
        List<RolloutPlan.Rs> oldIn = new ArrayList<>();
        List<String> oldKeys = new ArrayList<>();
        int oldSpec = 0;
        boolean oldPodsRemain = false;
        for (ReplicaSetView rs : old) {
            oldIn.add(new RolloutPlan.Rs(rs.replicas(), rs.available(), rs.revision()));
            oldKeys.add(rs.key());
            oldSpec += rs.replicas();
            for (PodView p : podsByOwner.getOrDefault(rs.key(), List.of())) {
                oldPodsRemain |= !p.terminal();
            }
        }
        RolloutPlan.Rs newIn = newRs == null ? null
                : new RolloutPlan.Rs(newRs.replicas(), newRs.available(), newRs.revision());
        RolloutPlan.Step step = RolloutPlan.scale(new RolloutPlan.Input(d.replicas(), recreate, maxSurge,
                maxUnavailable, newIn, oldIn, oldPodsRemain));
        List<DryRunStep> steps = new ArrayList<>();
        String newKey = newRs == null ? "" : newRs.key();
        switch (step.kind()) {
            case CREATE_NEW:
                steps.add(DryRunStep.of(DryRunAction.CREATE_REPLICASET, "", 0, step.newReplicas()));
                break;
            case SCALE_NEW:
                steps.add(scale(newKey, newRs.replicas(), step.newReplicas()));
                break;
            case SCALE_OLD:
                for (int i = 0; i < old.size(); i++) {
                    if (step.oldReplicas().get(i) != old.get(i).replicas()) {
                        steps.add(scale(old.get(i).key(), old.get(i).replicas(), step.oldReplicas().get(i)));
                    }
                }
                break;
            case WAIT_FOR_OLD_PODS:
                steps.add(DryRunStep.of(DryRunAction.WAIT_FOR_OLD_PODS, "", 0, 0));
                break;
            default:
                steps.add(settled(newRs, oldSpec, d.replicas(), !old.isEmpty()));
        }
        int total = 0;
        int ready = 0;
        int available = 0;
        for (ReplicaSetView rs : owned) {
            total += rs.replicas();
            ready += rs.ready();
            available += rs.available();
        }
        int updated = newRs == null ? 0 : newRs.current();
        return new DeploymentDryRun(d.key(), d.strategy(), d.replicas(), maxSurge, maxUnavailable, newKey, oldKeys,
                total, updated, ready, available, Math.max(0, total - available), steps);
    }

    /** Nothing to scale: complete, in sync, or held until more pods are available. */
    private static DryRunStep settled(ReplicaSetView newRs, int oldSpec, int desired, boolean hadRollout) {
        String key = newRs.key();
        if (oldSpec > 0 || newRs.available() < desired || newRs.current() != newRs.replicas()) {
            return DryRunStep.of(DryRunAction.WAIT_FOR_AVAILABLE, key, newRs.available(), desired);
        }
        return DryRunStep.of(hadRollout ? DryRunAction.ROLLOUT_COMPLETE : DryRunAction.IN_SYNC, key, desired,
                desired);
    }

    private static DryRunStep scale(String key, int from, int to) {
        return DryRunStep.of(to > from ? DryRunAction.SCALE_UP : DryRunAction.SCALE_DOWN, key, from, to);
    }

    private static IntOrPercent fencepost(String text, boolean recreate, Set<DryRunAssumption> assumptions) {
        if (recreate) {
            return QUARTER; // unused: Recreate has no fenceposts
        }
        return IntOrPercent.parse(text).orElseGet(() -> {
            assumptions.add(DryRunAssumption.DEFAULT_FENCEPOSTS);
            return QUARTER;
        });
    }

    private static PodDeletionOrder.Candidate candidate(PodView p) {
        return new PodDeletionOrder.Candidate(p.key(), p.node(), p.phase(), p.ready(), p.readySinceNanos(),
                p.restarts(), p.createdNanos());
    }
}
