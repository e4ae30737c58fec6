package dev.podium.world.kube.workload;

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
        }
    }
}
