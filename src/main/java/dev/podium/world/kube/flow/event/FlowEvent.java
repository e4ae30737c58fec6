package dev.podium.world.kube.flow.event;

import dev.podium.timeline.WorldEvent;
import java.util.List;

/**
 * The events of the Kubernetes world's client side: each client's token bucket, API Priority and Fairness in the API
 * server, and leader election. Part of the kube world (its projection, narration and recordings), sealed separately
 * because a sealed interface may only permit types of its own package. Times in simulated nanoseconds.
 */
public sealed interface FlowEvent extends WorldEvent permits FlowStarted, ClientThrottled, RequestRejected,
        ClientSampled, PriorityLevelSampled, ClientWorkersChanged, LeaderElectionStarted, LeaseAcquired,
        LeaseRenewed, LeaderStopped, LeaderReconciled {

    /** Every flow event type, for recordings. */
    static List<Class<? extends WorldEvent>> types() {
        return List.of(FlowStarted.class, ClientThrottled.class, RequestRejected.class, ClientSampled.class,
                PriorityLevelSampled.class, ClientWorkersChanged.class, LeaderElectionStarted.class,
                LeaseAcquired.class, LeaseRenewed.class, LeaderStopped.class, LeaderReconciled.class);
    }
}
