package dev.podium.world.kube.control;

/**
 * An input the real controllers read that the timeline does not carry, and what {@link DryRunReconcile} assumes
 * instead. Listed in every result, so a view can say what the prediction rests on.
 */
public enum DryRunAssumption {
    /** minReadySeconds is not in the timeline: availability is the ReplicaSets' own status counts. */
    AVAILABLE_FROM_STATUS,
    /** spec.paused is not in the timeline: Deployments are taken as not paused. */
    NOT_PAUSED,
    /** The controllers' in-memory expectations cannot be seen: taken as satisfied. */
    EXPECTATIONS_MET,
    /** The Deployment's pod-template-hash is not in the timeline: its new ReplicaSet is the newest with its image. */
    NEW_REPLICASET_BY_IMAGE,
    /** ReplicaSet creation times are not in the timeline: old ReplicaSets scale down in revision order. */
    OLD_BY_REVISION,
    /** A pod's Ready time is when the timeline saw it Ready (it ranks pods for deletion). */
    READY_SINCE_OBSERVED,
    /**
     * The timeline keeps a ReplicaSet's revision as created: the revision bump of a rollback (one write before the
     * scaling) is not predicted, and the scaling that follows it is.
     */
    NO_REVISION_BUMP,
    /** A Deployment's maxSurge or maxUnavailable could not be read: the API default 25% is used. */
    DEFAULT_FENCEPOSTS
}
