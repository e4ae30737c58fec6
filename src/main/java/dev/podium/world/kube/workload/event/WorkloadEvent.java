package dev.podium.world.kube.workload.event;

import dev.podium.timeline.WorldEvent;
import java.util.List;

/**
 * The events of the workload controllers beyond Deployments (StatefulSets, DaemonSets, Jobs) in the Kubernetes world. Part of the kube
 * world (its projection, narration and recordings), sealed separately because a sealed interface may only permit
 * types of its own package. Names follow {@code KubeEvent}: objects as {@code namespace/name}, times in simulated
 * nanoseconds.
 */
public sealed interface WorkloadEvent extends WorldEvent permits StatefulSetCreated, StatefulSetScaled,
        StatefulSetStatusUpdated, StatefulSetDeleted, DaemonSetCreated, DaemonSetImageChanged, DaemonSetStatusUpdated,
        DaemonSetDeleted, JobCreated, JobStatusUpdated, JobFinished, JobDeleted {

    /** Every workload event type, for recordings. */
    static List<Class<? extends WorldEvent>> types() {
        return List.of(StatefulSetCreated.class, StatefulSetScaled.class, StatefulSetStatusUpdated.class,
                StatefulSetDeleted.class, DaemonSetCreated.class, DaemonSetImageChanged.class,
                DaemonSetStatusUpdated.class, DaemonSetDeleted.class, JobCreated.class, JobStatusUpdated.class,
                JobFinished.class, JobDeleted.class);
    }
}
