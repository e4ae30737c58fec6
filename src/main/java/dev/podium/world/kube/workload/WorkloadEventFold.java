package dev.podium.world.kube.workload;

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
import dev.podium.world.kube.workload.event.WorkloadEvent;

/** Folds {@link WorkloadEvent}s into a {@link WorkloadState}, one small method per kind. Pure. */
public final class WorkloadEventFold {
    private WorkloadEventFold() {
    }

    public static void apply(WorkloadState s, WorkloadEvent e) {
        if (e instanceof StatefulSetCreated c) {
            s.statefulSets.put(c.statefulSet(), new StatefulSetView(c.statefulSet(), c.replicas(), 0, 0,
                    c.podManagementPolicy(), c.image()));
        } else if (e instanceof StatefulSetScaled c) {
            StatefulSetView v = s.statefulSets.get(c.statefulSet());
            if (v != null) {
                s.statefulSets.put(v.key(), new StatefulSetView(v.key(), c.toReplicas(), v.current(), v.ready(),
                        v.podManagementPolicy(), v.image()));
            }
        } else if (e instanceof StatefulSetStatusUpdated c) {
            StatefulSetView v = s.statefulSets.get(c.statefulSet());
            if (v != null) {
                s.statefulSets.put(v.key(), new StatefulSetView(v.key(), v.replicas(), c.replicas(),
                        c.readyReplicas(), v.podManagementPolicy(), v.image()));
            }
        } else if (e instanceof StatefulSetDeleted c) {
            s.statefulSets.remove(c.statefulSet());
        } else if (e instanceof JobCreated c) {
            s.jobs.put(c.job(), new JobView(c.job(), c.completions(), c.parallelism(), c.backoffLimit(),
                    c.restartPolicy(), c.image(), 0, 0, 0, "", ""));
        } else if (e instanceof JobStatusUpdated c) {
            s.jobs.computeIfPresent(c.job(), (k, v) -> v.withStatus(c.active(), c.succeeded(), c.failed()));
        } else if (e instanceof JobFinished c) {
            s.jobs.computeIfPresent(c.job(), (k, v) -> v.withCondition(c.condition(), c.reason()));
        } else if (e instanceof JobDeleted c) {
            s.jobs.remove(c.job());
        } else {
            daemonSet(s, e);
        }
    }

    private static void daemonSet(WorkloadState s, WorkloadEvent e) {
        if (e instanceof DaemonSetCreated c) {
            s.daemonSets.put(c.daemonSet(), new DaemonSetView(c.daemonSet(), 0, 0, 0, 0, c.updateStrategy(),
                    c.maxUnavailable(), c.image(), 1));
            return;
        }
        DaemonSetView v = s.daemonSets.get(e instanceof DaemonSetImageChanged c ? c.daemonSet()
                : e instanceof DaemonSetStatusUpdated c ? c.daemonSet() : e instanceof DaemonSetDeleted c
                ? c.daemonSet() : "");
        if (v == null) {
            return;
        }
        if (e instanceof DaemonSetImageChanged c) {
            s.daemonSets.put(v.key(), new DaemonSetView(v.key(), v.desired(), v.current(), v.ready(), v.updated(),
                    v.updateStrategy(), v.maxUnavailable(), c.image(), c.generation()));
        } else if (e instanceof DaemonSetStatusUpdated c) {
            s.daemonSets.put(v.key(), new DaemonSetView(v.key(), c.desired(), c.current(), c.ready(), c.updated(),
                    v.updateStrategy(), v.maxUnavailable(), v.image(), v.generation()));
        } else if (e instanceof DaemonSetDeleted) {
            s.daemonSets.remove(v.key());
        }
    }
}
