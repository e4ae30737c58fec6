package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.DeploymentCreated;
import dev.podium.world.kube.event.DeploymentDeleted;
import dev.podium.world.kube.event.DeploymentImageChanged;
import dev.podium.world.kube.event.DeploymentScaled;
import dev.podium.world.kube.event.DeploymentStatusUpdated;
import dev.podium.world.kube.event.KubeEvent;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Deployment changes as Kubernetes events: created, scaled (who scaled it is not in the object: {@code by} is
 * "unknown"), image changed, status counts updated, deleted (a delete callback, or gone at a relist). Stateless.
 */
final class DeploymentDiffer implements KindDiffer<DeploymentRecord> {

    @Override
    public void added(DeploymentRecord now, List<LongFunction<WorldEvent>> out) {
        out.add(t -> new DeploymentCreated(t, now.key(), now.replicas(), now.strategy(), now.maxSurge(),
                now.maxUnavailable(), now.image()));
        if (now.statusReplicas() + now.updated() + now.ready() + now.available() > 0) {
            out.add(t -> status(t, now));
        }
    }

    @Override
    public void changed(DeploymentRecord before, DeploymentRecord now, List<LongFunction<WorldEvent>> out) {
        if (before.replicas() != now.replicas()) {
            out.add(t -> new DeploymentScaled(t, now.key(), before.replicas(), now.replicas(), "unknown"));
        }
        if (!before.image().equals(now.image())) {
            out.add(t -> new DeploymentImageChanged(t, now.key(), now.container(), now.image()));
        }
        if (before.statusDiffers(now)) {
            out.add(t -> status(t, now));
        }
    }

    @Override
    public void removed(DeploymentRecord before, List<LongFunction<WorldEvent>> out) {
        out.add(t -> new DeploymentDeleted(t, before.key()));
    }

    private static KubeEvent status(long t, DeploymentRecord d) {
        return new DeploymentStatusUpdated(t, d.key(), d.statusReplicas(), d.updated(), d.ready(), d.available());
    }
}
