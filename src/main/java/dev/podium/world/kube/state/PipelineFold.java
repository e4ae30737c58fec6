package dev.podium.world.kube.state;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.ControllerStarted;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.LivePipelineSampled;
import dev.podium.world.kube.event.ReconcileFinished;
import dev.podium.world.kube.event.ReconcileStarted;
import dev.podium.world.kube.event.WatchDropped;
import dev.podium.world.kube.event.WatchEventDelivered;
import dev.podium.world.kube.event.WorkqueueAdded;
import dev.podium.world.kube.event.WorkqueueDeduplicated;
import dev.podium.world.kube.event.WorkqueueDelayed;
import dev.podium.world.kube.event.WorkqueueRequeued;

/**
 * The pipeline part of {@link KubeProjection}: informers (lists, watch events, drops), workqueues and reconciles,
 * and a live session's own pipeline samples. Pure.
 */
final class PipelineFold {
    private PipelineFold() {
    }

    static boolean apply(KubeState s, WorldEvent e) {
        if (e instanceof WatchEventDelivered) {
            WatchEventDelivered w = (WatchEventDelivered) e;
            InformerView i = s.informers.get(w.informer());
            if (i != null) {
                s.informers.put(w.informer(), new InformerView(i.name(), i.kind(), true, w.resourceVersion(),
                        i.delivered() + 1, i.listedItems(), i.lists(), w.timeNanos()));
            }
        } else if (e instanceof WorkqueueAdded) {
            WorkqueueAdded a = (WorkqueueAdded) e;
            WorkqueueView q = queue(s, a.controller());
            q.delayed.remove(a.key());
            q.queued.add(a.key());
        } else if (e instanceof ReconcileStarted) {
            ReconcileStarted r = (ReconcileStarted) e;
            WorkqueueView q = queue(s, r.controller());
            q.queued.remove(r.key());
            q.processing.put(r.worker(), r.key());
        } else if (e instanceof ReconcileFinished) {
            ReconcileFinished r = (ReconcileFinished) e;
            WorkqueueView q = queue(s, r.controller());
            q.processing.remove(r.worker());
            q.lastFinished = r;
            q.reconciles++;
            s.reconciles++;
        } else if (e instanceof WorkqueueDeduplicated) {
            queue(s, ((WorkqueueDeduplicated) e).controller()).deduplicated++;
        } else if (e instanceof WorkqueueRequeued) {
            WorkqueueRequeued r = (WorkqueueRequeued) e;
            WorkqueueView q = queue(s, r.controller());
            q.requeues++;
            q.delayed.merge(r.key(), r.timeNanos() + r.delayNanos(), Math::min);
        } else if (e instanceof WorkqueueDelayed) {
            WorkqueueDelayed d = (WorkqueueDelayed) e;
            queue(s, d.controller()).delayed.merge(d.key(), d.timeNanos() + d.delayNanos(), Math::min);
        } else if (e instanceof ControllerStarted) {
            ControllerStarted c = (ControllerStarted) e;
            queue(s, c.controller()).workers = c.workers();
            for (String inf : c.informers()) {
                s.informers.putIfAbsent(inf, new InformerView(inf, "", false, 0, 0, 0, 0, -1));
            }
        } else if (e instanceof InformerListed) {
            InformerListed l = (InformerListed) e;
            InformerView i = s.informers.get(l.informer());
            s.informers.put(l.informer(), new InformerView(l.informer(), l.kind(), true, l.resourceVersion(),
                    i == null ? 0 : i.delivered(), l.items(), i == null ? 1 : i.lists() + 1, l.timeNanos()));
        } else if (e instanceof WatchDropped) {
            WatchDropped d = (WatchDropped) e;
            InformerView i = s.informers.get(d.informer());
            if (i != null) {
                s.informers.put(d.informer(), new InformerView(i.name(), i.kind(), false, i.resourceVersion(),
                        i.delivered(), i.listedItems(), i.lists(), d.timeNanos()));
            }
            KubeProjection.line(s, e, "Warning", "WatchDropped", d.informer(), d.reason() + "; relisting");
        } else if (e instanceof LivePipelineSampled) {
            LivePipelineSampled p = (LivePipelineSampled) e;
            s.pipeline.addLast(new PipelineSample(p.timeNanos(), p.backlog(), p.handled(), p.handlerP50Nanos(),
                    p.handlerMaxNanos(), p.published(), p.droppedSamples()));
            if (s.pipeline.size() > KubeState.PIPELINE_SAMPLES) {
                s.pipeline.removeFirst();
            }
        } else {
            return false;
        }
        return true;
    }

    private static WorkqueueView queue(KubeState s, String name) {
        WorkqueueView q = s.workqueues.get(name);
        if (q == null) {
            q = new WorkqueueView(name);
            s.workqueues.put(name, q);
        }
        return q;
    }
}
