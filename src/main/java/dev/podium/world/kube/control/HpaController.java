package dev.podium.world.kube.control;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Deployment;
import dev.podium.world.kube.api.Hpa;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.api.ReplicaSet;
import dev.podium.world.kube.event.HpaEvaluated;
import dev.podium.world.kube.event.HpaScaled;
import dev.podium.world.kube.informer.ControllerLoop;
import dev.podium.world.kube.informer.EventHandler;
import dev.podium.world.kube.informer.ReconcileContext;
import dev.podium.world.kube.informer.Reconciler;
import dev.podium.world.kube.informer.SharedInformer;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;

/**
 * The HPA controller (k/k pkg/controller/podautoscaler) for one CPU-utilisation metric, every sync period
 * (15 s, requeued with AddAfter). Utilisation = Σ usage / Σ requests of the ready pods, as an integer percent;
 * ratio = utilisation / target. Within tolerance (|1 − ratio| ≤ 0.1) the count stays; else
 * desired = ceil(ratio × ready pods); on a scale-up, not-yet-ready pods count as 0 % and the result is recomputed,
 * keeping the current count if it then falls within tolerance or flips direction (GetResourceReplicas).
 * Stabilisation: the lowest recommendation within the scale-up window and the highest within the scale-down
 * window (300 s) bound the result; default scale-up policy max(+4 pods, +100 %) per 15 s; then min/max.
 *
 * <p>Simplified: pending pods are ignored; pods without a Ready condition and the 5-minute CPU initialisation
 * rules collapse to "not ready = ignored"; metrics are instant.
 */
final class HpaController implements Reconciler {
    private final Kernel kernel;
    private final EventSink sink;
    private final ApiServer api;
    private final SharedInformer hpas;
    private final SharedInformer deployments;
    private final SharedInformer replicaSets;
    private final SharedInformer pods;
    private final CpuLoad load;
    private final long syncNanos;
    private final double tolerance;
    private final ControllerLoop loop;
    private final HashMap<String, ArrayDeque<long[]>> recommendations = new HashMap<>();

    HpaController(Kernel kernel, EventSink sink, ApiServer api, SharedInformer hpas, SharedInformer deployments,
            SharedInformer replicaSets, SharedInformer pods, CpuLoad load, long syncNanos, int tolerancePermille,
            ControllerLoop.Factory factory) {
        this.kernel = kernel;
        this.sink = sink;
        this.api = api;
        this.hpas = hpas;
        this.deployments = deployments;
        this.replicaSets = replicaSets;
        this.pods = pods;
        this.load = load;
        this.syncNanos = syncNanos;
        this.tolerance = tolerancePermille / 1000.0;
        this.loop = factory.create("horizontalpodautoscaling", this);
        hpas.addHandler(new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
                loop.queue().add(object.key());
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
                // status writes are the controller's own; the periodic requeue drives syncs
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                recommendations.remove(lastKnown.key());
            }
        });
    }

    ControllerLoop loop() {
        return loop;
    }

    @Override
    public void reconcile(String key, ReconcileContext ctx) {
        Hpa hpa = (Hpa) hpas.indexer().get(key);
        if (hpa == null) {
            ctx.observed("deleted");
            return;
        }
        ctx.requeueAfter(syncNanos);
        Deployment d = (Deployment) deployments.indexer().get(hpa.target());
        if (d == null) {
            ctx.observed("target " + hpa.target() + " not found");
            ctx.fail("FailedGetScale");
            return;
        }
        int current = d.replicas();
        int readyCount = 0;
        int unready = 0;
        long requestSum = 0;
        for (String rsKey : replicaSets.indexer().keys(ControllerManager.BY_OWNER, d.key())) {
            for (String podKey : pods.indexer().keys(ControllerManager.BY_OWNER, rsKey)) {
                Pod p = (Pod) pods.indexer().get(podKey);
                if (p.deleting() || "Failed".equals(p.phase()) || "Pending".equals(p.phase())) {
                    continue;
                }
                if (p.ready()) {
                    readyCount++;
                    requestSum += p.milliCpu();
                } else {
                    unready++;
                }
            }
        }
        long perPod = load.perPod(d.key(), readyCount);
        int utilization = requestSum == 0 ? 0 : (int) (perPod * readyCount * 100 / requestSum);
        int recommended = current;
        if (current == 0) {
            recommended = 0; // scaling is disabled for a target at 0
        } else if (hpa.targetCpuPercent() <= 0) {
            recommended = current; // no metric it can read: an HPA holds its replicas (kept within min..max below)
        } else if (readyCount > 0) {
            double ratio = (double) utilization / hpa.targetCpuPercent();
            if (Math.abs(1.0 - ratio) > tolerance) {
                recommended = (int) Math.ceil(ratio * readyCount);
                if (ratio > 1.0 && unready > 0) {
                    // unready pods count as 0 % on a scale-up
                    double newRatio = ratio * readyCount / (readyCount + unready);
                    if (Math.abs(1.0 - newRatio) <= tolerance || newRatio < 1.0) {
                        recommended = current;
                    } else {
                        recommended = (int) Math.ceil(newRatio * (readyCount + unready));
                    }
                }
            }
        }
        int desired = stabilize(hpa, current, recommended);
        if (current > 0) {
            int upLimit = Math.max(current + 4, current * 2);
            desired = Math.min(desired, upLimit);
            desired = Math.max(hpa.minReplicas(), Math.min(hpa.maxReplicas(), desired));
        }
        sink.emit(new HpaEvaluated(kernel.now(), key, utilization, hpa.targetCpuPercent(), current, recommended,
                desired));
        ctx.observed("cpu " + utilization + "%/" + hpa.targetCpuPercent() + "% replicas " + current + " desired "
                + desired);
        long lastScale = hpa.lastScaleNanos();
        if (desired != current) {
            Deployment scaled = d.withReplicas(desired);
            int from = current;
            int to = desired;
            ctx.write(0, () -> api.update(scaled, key), r -> {
                if (r == dev.podium.world.kube.api.WriteResult.OK) {
                    sink.emit(new HpaScaled(kernel.now(), key, d.key(), utilization, hpa.targetCpuPercent(), from,
                            to));
                }
            });
            ctx.action("scale", desired);
            lastScale = kernel.now();
        }
        if (hpa.currentCpuPercent() != utilization || hpa.currentReplicas() != current
                || hpa.desiredReplicas() != desired || lastScale != hpa.lastScaleNanos()) {
            Hpa status = hpa.withStatus(utilization, current, desired, lastScale);
            ctx.write(() -> api.update(status, "horizontalpodautoscaling"));
            ctx.action("updateStatus", 1);
        }
    }

    /** stabilizeRecommendationWithBehaviors: bound by the windows' min (up) and max (down) recommendations. */
    private int stabilize(Hpa hpa, int current, int recommended) {
        long now = kernel.now();
        ArrayDeque<long[]> recs = recommendations.computeIfAbsent(hpa.key(), k -> new ArrayDeque<>());
        int up = recommended;
        int down = recommended;
        long upCutoff = now - hpa.scaleUpWindowNanos();
        long downCutoff = now - hpa.scaleDownWindowNanos();
        long keep = Math.min(upCutoff, downCutoff);
        for (Iterator<long[]> it = recs.iterator(); it.hasNext();) {
            long[] r = it.next();
            if (r[0] <= keep) {
                it.remove();
                continue;
            }
            if (r[0] > upCutoff) {
                up = Math.min(up, (int) r[1]);
            }
            if (r[0] > downCutoff) {
                down = Math.max(down, (int) r[1]);
            }
        }
        recs.addLast(new long[] {now, recommended});
        int result = current;
        if (result < up) {
            result = up;
        }
        if (result > down) {
            result = down;
        }
        return result;
    }
}
