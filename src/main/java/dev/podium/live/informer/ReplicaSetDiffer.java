package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.ReplicaSetCreated;
import dev.podium.world.kube.event.ReplicaSetDeleted;
import dev.podium.world.kube.event.ReplicaSetScaled;
import dev.podium.world.kube.event.ReplicaSetStatusUpdated;
import java.util.List;
import java.util.function.LongFunction;

/** ReplicaSet changes as Kubernetes events: created, scaled, status counts updated, deleted. Stateless. */
final class ReplicaSetDiffer implements KindDiffer<ReplicaSetRecord> {

    @Override
    public void added(ReplicaSetRecord now, List<LongFunction<WorldEvent>> out) {
        out.add(t -> new ReplicaSetCreated(t, now.key(), now.deployment(), now.revision(), now.templateHash(),
                now.replicas(), now.image()));
        if (now.statusReplicas() + now.ready() + now.available() > 0) {
            out.add(t -> status(t, now));
        }
    }

    @Override
    public void changed(ReplicaSetRecord before, ReplicaSetRecord now, List<LongFunction<WorldEvent>> out) {
        if (before.replicas() != now.replicas()) {
            out.add(t -> new ReplicaSetScaled(t, now.key(), before.replicas(), now.replicas()));
        }
        if (before.statusDiffers(now)) {
            out.add(t -> status(t, now));
        }
    }

    @Override
    public void removed(ReplicaSetRecord before, List<LongFunction<WorldEvent>> out) {
        out.add(t -> new ReplicaSetDeleted(t, before.key()));
    }

    private static KubeEvent status(long t, ReplicaSetRecord r) {
        return new ReplicaSetStatusUpdated(t, r.key(), r.statusReplicas(), r.ready(), r.available());
    }
}
