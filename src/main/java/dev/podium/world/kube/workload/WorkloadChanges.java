package dev.podium.world.kube.workload;

import dev.podium.timeline.EventSink;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.workload.event.DaemonSetCreated;
import dev.podium.world.kube.workload.event.DaemonSetDeleted;
import dev.podium.world.kube.workload.event.DaemonSetImageChanged;
import dev.podium.world.kube.workload.event.DaemonSetStatusUpdated;
import dev.podium.world.kube.workload.event.JobCreated;
import dev.podium.world.kube.workload.event.JobDeleted;
import dev.podium.world.kube.workload.event.JobFinished;
import dev.podium.world.kube.workload.event.JobStatusUpdated;
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

    /** Emits what changed from {@code old} (null on create) to {@code now}, at {@code t}. */
    public static void changed(EventSink sink, long t, DaemonSet old, DaemonSet now) {
        if (old == null) {
            sink.emit(new DaemonSetCreated(t, now.key(), now.updateStrategy(), now.maxUnavailable().toString(),
                    now.image()));
            return;
        }
        if (old.generation() != now.generation()) {
            sink.emit(new DaemonSetImageChanged(t, now.key(), now.image(), now.generation()));
        }
        if (old.desired() != now.desired() || old.current() != now.current() || old.ready() != now.ready()
                || old.updated() != now.updated()) {
            sink.emit(new DaemonSetStatusUpdated(t, now.key(), now.desired(), now.current(), now.ready(),
                    now.updated()));
        }
    }

    /** Emits what changed from {@code old} (null on create) to {@code now}, at {@code t}. */
    public static void changed(EventSink sink, long t, Job old, Job now) {
        if (old == null) {
            sink.emit(new JobCreated(t, now.key(), now.completions(), now.parallelism(), now.backoffLimit(),
                    now.template().spec().restartPolicy(), now.image()));
            return;
        }
        if (old.active() != now.active() || old.succeeded() != now.succeeded() || old.failed() != now.failed()) {
            sink.emit(new JobStatusUpdated(t, now.key(), now.active(), now.succeeded(), now.failed()));
        }
        if (!old.finished() && now.finished()) {
            sink.emit(new JobFinished(t, now.key(), now.condition().equals("Complete"), now.condition(), now.reason(), now.succeeded(), now.failed()));
        }
    }

    /** Emits the removal of {@code old} (a StatefulSet, DaemonSet or Job) at {@code t}. */
    public static void removed(EventSink sink, long t, ApiObject old) {
        if (old instanceof StatefulSet) {
            sink.emit(new StatefulSetDeleted(t, old.key()));
        } else if (old instanceof DaemonSet) {
            sink.emit(new DaemonSetDeleted(t, old.key()));
        } else if (old instanceof Job) {
            sink.emit(new JobDeleted(t, old.key()));
        }
    }
}
