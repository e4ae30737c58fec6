package dev.podium.world.kube.state;

import dev.podium.world.kube.event.ControllerStarted;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.KubeEvent;
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
 * and a live session's own pipeline samples. A controller's workqueue is made by the first event that names it.
 * Pure.
 */
final class PipelineFold {
    private PipelineFold() {
    }

    /** Folds {@code e} if it is one of the pipeline events above; false otherwise. */
    static boolean apply(KubeState s, KubeEvent e) {
        if (e instanceof WatchEventDelivered w) {
            delivered(s, w);
        } else if (e instanceof WorkqueueAdded a) {
            added(s, a);
        } else if (e instanceof ReconcileStarted r) {
            reconcileStarted(s, r);
        } else if (e instanceof ReconcileFinished r) {
            reconcileFinished(s, r);
        } else if (e instanceof WorkqueueDeduplicated d) {
            queue(s, d.controller()).deduplicated++;
        } else if (e instanceof WorkqueueRequeued r) {
            requeued(s, r);
        } else if (e instanceof WorkqueueDelayed d) {
            queue(s, d.controller()).delayed.merge(d.key(), d.timeNanos() + d.delayNanos(), Math::min);
        } else if (e instanceof ControllerStarted c) {
            controllerStarted(s, c);
        } else if (e instanceof InformerListed l) {
            listed(s, l);
        } else if (e instanceof WatchDropped d) {
            dropped(s, d);
        } else if (e instanceof LivePipelineSampled p) {
            sampled(s, p);
        } else {
            return false;
        }
        return true;
    }

    private static void delivered(KubeState s, WatchEventDelivered w) {
        InformerView i = s.informers.get(w.informer());
        if (i != null) {
            s.informers.put(w.informer(), new InformerView(i.name(), i.kind(), true, w.resourceVersion(),
                    i.delivered() + 1, i.listedItems(), i.lists(), w.timeNanos()));
        }
    }

    private static void added(KubeState s, WorkqueueAdded a) {
        WorkqueueView q = queue(s, a.controller());
        q.delayed.remove(a.key());
        q.queued.add(a.key());
    }

    private static void reconcileStarted(KubeState s, ReconcileStarted r) {
        WorkqueueView q = queue(s, r.controller());
        q.queued.remove(r.key());
        q.processing.put(r.worker(), r.key());
    }

    private static void reconcileFinished(KubeState s, ReconcileFinished r) {
        WorkqueueView q = queue(s, r.controller());
        q.processing.remove(r.worker());
        q.lastFinished = r;
        q.reconciles++;
        s.reconciles++;
    }

    private static void requeued(KubeState s, WorkqueueRequeued r) {
        WorkqueueView q = queue(s, r.controller());
        q.requeues++;
        q.delayed.merge(r.key(), r.timeNanos() + r.delayNanos(), Math::min);
    }

    private static void controllerStarted(KubeState s, ControllerStarted c) {
        queue(s, c.controller()).workers = c.workers();
        for (String inf : c.informers()) {
            s.informers.putIfAbsent(inf, new InformerView(inf, "", false, 0, 0, 0, 0, -1));
        }
    }

    private static void listed(KubeState s, InformerListed l) {
        InformerView i = s.informers.get(l.informer());
        s.informers.put(l.informer(), new InformerView(l.informer(), l.kind(), true, l.resourceVersion(),
                i == null ? 0 : i.delivered(), l.items(), i == null ? 1 : i.lists() + 1, l.timeNanos()));
    }

    private static void dropped(KubeState s, WatchDropped d) {
        InformerView i = s.informers.get(d.informer());
        if (i != null) {
            s.informers.put(d.informer(), new InformerView(i.name(), i.kind(), false, i.resourceVersion(),
                    i.delivered(), i.listedItems(), i.lists(), d.timeNanos()));
        }
        EventLines.add(s, d, "Warning", "WatchDropped", d.informer(), d.reason() + "; relisting");
    }

    private static void sampled(KubeState s, LivePipelineSampled p) {
        s.pipeline.addLast(new PipelineSample(p.timeNanos(), p.backlog(), p.handled(), p.handlerP50Nanos(),
                p.handlerMaxNanos(), p.published(), p.droppedSamples()));
        if (s.pipeline.size() > KubeState.PIPELINE_SAMPLES) {
            s.pipeline.removeFirst();
        }
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
