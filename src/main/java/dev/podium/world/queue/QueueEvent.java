package dev.podium.world.queue;

import dev.podium.timeline.WorldEvent;
import java.util.List;

/**
 * The events of the queue world. Times are simulated nanoseconds; customers are numbered from 1 in
 * arrival order; servers from 0.
 */
public sealed interface QueueEvent extends WorldEvent
        permits QueueConfigured, CustomerArrived, CustomerRejected, ServiceStarted, ServiceCompleted,
                ArrivalRateChanged, ServersChanged, ServiceTimeChanged {

    /** Every queue event type, for recordings. */
    static List<Class<? extends WorldEvent>> types() {
        return List.of(QueueConfigured.class, CustomerArrived.class, CustomerRejected.class, ServiceStarted.class,
                ServiceCompleted.class, ArrivalRateChanged.class, ServersChanged.class, ServiceTimeChanged.class);
    }
}
