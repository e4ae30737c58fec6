package dev.podium.world.kube.workload;

import dev.podium.timeline.EventSink;
import dev.podium.world.kube.workload.event.StatefulSetCreated;
import dev.podium.world.kube.workload.event.StatefulSetDeleted;
import dev.podium.world.kube.workload.event.StatefulSetScaled;
import dev.podium.world.kube.workload.event.StatefulSetStatusUpdated;

/**
 * The events of committed changes to the workload objects, for the API server's change emitter: created, scaled,
 * status written, removed. Stateless.
 */
public final class WorkloadChanges {
    private WorkloadChanges() {
    }

    /** Emits what changed from {@code old} (null on create) to {@code now}, at {@code t}. */
    public static void changed(EventSink sink, long t, StatefulSet old, StatefulSet now) {
        if (old == null) {
            sink.emit(new StatefulSetCreated(t, now.key(), now.replicas(), now.podManagementPolicy(), now.image()));
            return;
        }
        if (old.replicas() != now.replicas()) {
            sink.emit(new StatefulSetScaled(t, now.key(), old.replicas(), now.replicas()));
        }
        if (old.statusReplicas() != now.statusReplicas() || old.readyReplicas() != now.readyReplicas()) {
            sink.emit(new StatefulSetStatusUpdated(t, now.key(), now.statusReplicas(), now.readyReplicas()));
        }
    }

    /** Emits the removal of {@code old} at {@code t}. */
    public static void removed(EventSink sink, long t, StatefulSet old) {
        sink.emit(new StatefulSetDeleted(t, old.key()));
    }
}
