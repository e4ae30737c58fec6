package dev.podium.world.kube.control;

import java.util.List;

/**
 * What {@link DryRunReconcile} predicts: per Deployment and per ReplicaSet (sorted by key), and the assumptions it
 * rests on. Nothing in it was or will be written anywhere. Immutable.
 */
public record DryRunResult(List<DeploymentDryRun> deployments, List<ReplicaSetDryRun> replicaSets,
        List<DryRunAssumption> assumptions) {
    public DryRunResult {
        deployments = List.copyOf(deployments);
        replicaSets = List.copyOf(replicaSets);
        assumptions = List.copyOf(assumptions);
    }
}
