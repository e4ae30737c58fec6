package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.HpaCreated;
import dev.podium.world.kube.event.HpaDeleted;
import dev.podium.world.kube.event.HpaEvaluated;
import dev.podium.world.kube.event.HpaScaled;
import dev.podium.world.kube.event.KubeEvent;
import java.util.List;
import java.util.function.LongFunction;

/**
 * HorizontalPodAutoscaler changes as Kubernetes events: created; evaluated when its status (CPU, current or
 * desired replicas) changes; scaled when its lastScaleTime moves (from the replicas it had to the desired ones).
 * A removed HPA (a delete callback, or gone at a relist) is {@code HpaDeleted}. Stateless.
 */
final class HpaDiffer implements KindDiffer<HpaRecord> {

    @Override
    public void added(HpaRecord now, List<LongFunction<WorldEvent>> out) {
        out.add(t -> new HpaCreated(t, now.key(), now.target(), now.minReplicas(), now.maxReplicas(),
                now.targetCpuPercent()));
        if (now.currentReplicas() > 0 || now.desiredReplicas() > 0) {
            out.add(t -> evaluated(t, now));
        }
    }

    @Override
    public void changed(HpaRecord before, HpaRecord now, List<LongFunction<WorldEvent>> out) {
        if (before.currentCpuPercent() != now.currentCpuPercent() || before.currentReplicas() != now.currentReplicas()
                || before.desiredReplicas() != now.desiredReplicas()) {
            out.add(t -> evaluated(t, now));
        }
        if (!now.lastScaleTime().isEmpty() && !now.lastScaleTime().equals(before.lastScaleTime())) {
            out.add(t -> new HpaScaled(t, now.key(), now.target(), now.currentCpuPercent(), now.targetCpuPercent(),
                    before.currentReplicas(), now.desiredReplicas()));
        }
    }

    @Override
    public void removed(HpaRecord before, List<LongFunction<WorldEvent>> out) {
        out.add(t -> new HpaDeleted(t, before.key()));
    }

    private static KubeEvent evaluated(long t, HpaRecord h) {
        return new HpaEvaluated(t, h.key(), h.currentCpuPercent(), h.targetCpuPercent(), h.currentReplicas(),
                h.desiredReplicas(), h.desiredReplicas());
    }
}
