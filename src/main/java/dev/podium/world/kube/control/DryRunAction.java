package dev.podium.world.kube.control;

/**
 * What a controller would do next in a {@link DryRunReconcile}. The first group are writes the controller would
 * send (a dry run never sends them); the rest say why it would write nothing.
 */
public enum DryRunAction {
    /** Deployment: create the new ReplicaSet with {@code to} replicas. */
    CREATE_REPLICASET(true),
    /** Deployment: scale ReplicaSet {@code target} up from {@code from} to {@code to}. */
    SCALE_UP(true),
    /** Deployment: scale ReplicaSet {@code target} down from {@code from} to {@code to}. */
    SCALE_DOWN(true),
    /** ReplicaSet: create {@code to − from} pods. */
    CREATE_PODS(true),
    /** ReplicaSet: delete the listed pods, first-ranked first. */
    DELETE_PODS(true),
    /** Deployment, Recreate: the old ReplicaSets are at 0 but their pods have not gone yet. */
    WAIT_FOR_OLD_PODS(false),
    /** Deployment: nothing to scale until more pods become available (the fenceposts hold it). */
    WAIT_FOR_AVAILABLE(false),
    /** Deployment: the new ReplicaSet has every replica available and the old ones are at 0. */
    ROLLOUT_COMPLETE(false),
    /** Desired equals actual: nothing to do. */
    IN_SYNC(false);

    private final boolean writes;

    DryRunAction(boolean writes) {
        this.writes = writes;
    }

    /** True if the real controller would send a write for this step. */
    public boolean writes() {
        return writes;
    }
}
