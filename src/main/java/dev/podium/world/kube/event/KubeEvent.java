package dev.podium.world.kube.event;

import dev.podium.timeline.WorldEvent;
import java.util.List;

/**
 * The events of the Kubernetes world, past-tense records. Every record names its object as
 * {@code namespace/name} (nodes by name alone); times are simulated nanoseconds; strings are the words
 * kubectl and the Kubernetes source use. Controllers are named as in kube-controller-manager
 * ({@code replicaset}, {@code deployment}, {@code horizontalpodautoscaling}, {@code endpoints},
 * {@code nodelifecycle}) and informers as {@code component/resource} ({@code kcm/pods}, {@code scheduler/nodes}).
 */
public sealed interface KubeEvent extends WorldEvent
        permits NodeAdded, NodeConditionChanged, NodeTainted, NodeUntainted, NodeCordoned, NodeDeleted, PodCreated,
                PodQueued, PodScheduled, PodUnschedulable, PodPhaseChanged, PodTerminating, PodDeleted, PodEvicted,
                ImagePullStarted, ImagePulled, ImagePullFailed, ContainerStarted, ContainerExited,
                ContainerRestarted, ProbeFailed, ProbeSucceeded, DeploymentCreated, DeploymentScaled,
                DeploymentImageChanged, DeploymentStatusUpdated, DeploymentDeleted, ReplicaSetCreated,
                ReplicaSetScaled, ReplicaSetStatusUpdated, ReplicaSetDeleted, HpaCreated, HpaEvaluated, HpaScaled,
                HpaDeleted, ServiceCreated, EndpointsChanged, ControllerStarted, InformerListed, WatchEventDelivered,
                WatchDropped, InformerResynced, WorkqueueAdded, WorkqueueDeduplicated, WorkqueueRequeued,
                WorkqueueDelayed, ReconcileStarted, ReconcileFinished, ClusterActionApplied, LivePipelineSampled,
                ServiceDeleted {

    /** Every Kubernetes event type, for recordings. */
    static List<Class<? extends WorldEvent>> types() {
        return List.of(NodeAdded.class, NodeConditionChanged.class, NodeTainted.class, NodeUntainted.class,
                NodeCordoned.class, NodeDeleted.class, PodCreated.class, PodQueued.class, PodScheduled.class,
                PodUnschedulable.class, PodPhaseChanged.class, PodTerminating.class, PodDeleted.class,
                PodEvicted.class, ImagePullStarted.class, ImagePulled.class, ImagePullFailed.class,
                ContainerStarted.class, ContainerExited.class, ContainerRestarted.class, ProbeFailed.class,
                ProbeSucceeded.class, DeploymentCreated.class, DeploymentScaled.class, DeploymentImageChanged.class,
                DeploymentStatusUpdated.class, DeploymentDeleted.class, ReplicaSetCreated.class,
                ReplicaSetScaled.class, ReplicaSetStatusUpdated.class, ReplicaSetDeleted.class, HpaCreated.class,
                HpaEvaluated.class, HpaScaled.class, HpaDeleted.class, ServiceCreated.class, EndpointsChanged.class,
                ControllerStarted.class, InformerListed.class, WatchEventDelivered.class, WatchDropped.class,
                InformerResynced.class, WorkqueueAdded.class, WorkqueueDeduplicated.class, WorkqueueRequeued.class,
                WorkqueueDelayed.class, ReconcileStarted.class, ReconcileFinished.class, ClusterActionApplied.class,
                LivePipelineSampled.class, ServiceDeleted.class);
    }
}
