package dev.podium.world.kube.control;

import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.api.ReplicaSet;
import dev.podium.world.kube.api.WriteResult;
import dev.podium.world.kube.informer.ControllerLoop;
import dev.podium.world.kube.informer.EventHandler;
import dev.podium.world.kube.informer.ReconcileContext;
import dev.podium.world.kube.informer.Reconciler;
import dev.podium.world.kube.informer.SharedInformer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ReplicaSet controller (k/k pkg/controller/replicaset/replica_set.go): {@code syncReplicaSet} counts the
 * active pods it owns and, when its expectations are satisfied, creates the missing ones in slow-start batches
 * (1, 2, 4, ...; at most 500 per sync) or deletes the surplus in {@link PodDeletionOrder} order; then writes
 * status (replicas, ready, available) if it changed. Handlers enqueue the owning ReplicaSet on every pod event
 * and lower the expectations. Kernel thread only.
 */
final class ReplicaSetController implements Reconciler {
    static final int BURST_REPLICAS = 500;

    private final Kernel kernel;
    private final ApiServer api;
    private final SharedInformer pods;
    private final SharedInformer replicaSets;
    private final ControllerLoop loop;
    private final RandomStream names;
    private final Expectations expectations = new Expectations();

    ReplicaSetController(Kernel kernel, ApiServer api, SharedInformer pods, SharedInformer replicaSets,
            ControllerLoop.Factory factory) {
        this.kernel = kernel;
        this.api = api;
        this.pods = pods;
        this.replicaSets = replicaSets;
        this.loop = factory.create("replicaset", this);
        this.names = kernel.random("kube.replicaset.names");
        replicaSets.addHandler(new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
                loop.queue().add(object.key());
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
                loop.queue().add(newObject.key());
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                expectations.delete(lastKnown.key());
                loop.queue().add(lastKnown.key());
            }
        });
        pods.addHandler(new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
                Pod pod = (Pod) object;
                if (!pod.ownedByReplicaSet()) {
                    return;
                }
                if (pod.deleting()) {
                    expectations.deletionObserved(pod.owner(), pod.key());
                } else {
                    expectations.creationObserved(pod.owner());
                }
                loop.queue().add(pod.owner());
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
                Pod pod = (Pod) newObject;
                if (!pod.ownedByReplicaSet()) {
                    return;
                }
                if (pod.deleting() && !((Pod) oldObject).deleting()) {
                    expectations.deletionObserved(pod.owner(), pod.key());
                }
                loop.queue().add(pod.owner());
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                Pod pod = (Pod) lastKnown;
                if (pod.ownedByReplicaSet()) {
                    expectations.deletionObserved(pod.owner(), pod.key());
                    loop.queue().add(pod.owner());
                }
            }
        });
    }

    ControllerLoop loop() {
        return loop;
    }

    @Override
    public void reconcile(String key, ReconcileContext ctx) {
        ReplicaSet rs = (ReplicaSet) replicaSets.indexer().get(key);
        if (rs == null) {
            expectations.delete(key);
            ctx.observed("deleted");
            return;
        }
        long now = kernel.now();
        List<Pod> active = new ArrayList<>();
        for (String podKey : pods.indexer().keys(ControllerManager.BY_OWNER, key)) {
            Pod p = (Pod) pods.indexer().get(podKey);
            if (p.active()) {
                active.add(p);
            }
        }
        ctx.observed("desired " + rs.replicas() + " actual " + active.size());
        if (rs.deletion().marked()) {
            ctx.observed("desired " + rs.replicas() + " actual " + active.size() + " (being deleted: no new pods)");
        } else if (expectations.satisfied(key, now)) {
            int change = change(rs.replicas(), active.size());
            if (change > 0) {
                createPods(rs, change, ctx);
            } else if (change < 0) {
                deletePods(rs, active, -change, ctx);
            }
        } else {
            ctx.observed("desired " + rs.replicas() + " actual " + active.size() + " (awaiting expectations)");
        }
        int ready = 0;
        int available = 0;
        for (Pod p : active) {
            if (p.ready()) {
                ready++;
            }
            if (p.available(rs.minReadyNanos(), now)) {
                available++;
            }
        }
        if (rs.minReadyNanos() > 0 && ready > available) {
            ctx.requeueAfter(rs.minReadyNanos());
        }
        if (rs.statusReplicas() != active.size() || rs.readyReplicas() != ready
                || rs.availableReplicas() != available) {
            ReplicaSet updated = rs.withStatus(active.size(), ready, available);
            ctx.write(() -> api.update(updated, "replicaset"));
            ctx.action("updateStatus", 1);
        }
    }

    /**
     * syncReplicaSet's decision once expectations are met: pods to create (positive) or delete (negative) to bring
     * {@code active} to {@code desired}, at most {@link #BURST_REPLICAS} per sync. Pure; the dry run uses it too.
     */
    static int change(int desired, int active) {
        int diff = active - desired;
        return diff < 0 ? Math.min(-diff, BURST_REPLICAS) : -Math.min(diff, BURST_REPLICAS);
    }

    private void createPods(ReplicaSet rs, int count, ReconcileContext ctx) {
        expectations.expectCreations(rs.key(), count, kernel.now());
        ctx.action("createPods", count);
        Map<String, String> labels = rs.template().labels();
        int remaining = count;
        int batch = 1;
        long notBefore = 0;
        Set<String> taken = new HashSet<>();
        while (remaining > 0) {
            int size = Math.min(batch, remaining);
            long batchEnd = 0;
            for (int i = 0; i < size; i++) {
                String name;
                do {
                    name = rs.name() + "-" + Names.suffix(names);
                } while (!taken.add(name) || api.get(dev.podium.world.kube.api.Kind.POD,
                        rs.namespace() + "/" + name) != null);
                Pod pod = Pod.create(rs.namespace(), name, labels, rs.key(), rs.template().spec(), kernel.now());
                long commit = ctx.write(notBefore, () -> api.create(pod, "replicaset"), r -> {
                    if (r != WriteResult.OK) {
                        expectations.creationObserved(rs.key());
                    }
                });
                batchEnd = Math.max(batchEnd, commit);
            }
            remaining -= size;
            batch *= 2;
            notBefore = batchEnd;
        }
    }

    private void deletePods(ReplicaSet rs, List<Pod> active, int count, ReconcileContext ctx) {
        List<Pod> sorted = PodDeletionOrder.victims(active, ReplicaSetController::candidate, count);
        Set<String> victims = new HashSet<>();
        for (int i = 0; i < count; i++) {
            victims.add(sorted.get(i).key());
        }
        expectations.expectDeletions(rs.key(), victims, kernel.now());
        ctx.action("deletePods", count);
        for (int i = 0; i < count; i++) {
            Pod p = sorted.get(i);
            ctx.write(0, () -> api.deletePod(p.key(), p.spec().terminationGraceNanos(), "ScaledDown"), r -> {
                if (r != WriteResult.OK) {
                    expectations.deletionObserved(rs.key(), p.key());
                }
            });
        }
    }

    private static PodDeletionOrder.Candidate candidate(Pod p) {
        return new PodDeletionOrder.Candidate(p.key(), p.nodeName(), p.phase(), p.ready(), p.readySinceNanos(),
                p.restarts(), p.createdNanos());
    }
}
