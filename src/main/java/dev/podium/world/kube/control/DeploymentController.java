package dev.podium.world.kube.control;

import dev.podium.engine.Kernel;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Deletion;
import dev.podium.world.kube.api.Deployment;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.api.ReplicaSet;
import dev.podium.world.kube.informer.ControllerLoop;
import dev.podium.world.kube.informer.EventHandler;
import dev.podium.world.kube.informer.ReconcileContext;
import dev.podium.world.kube.informer.Reconciler;
import dev.podium.world.kube.informer.SharedInformer;
import dev.podium.world.kube.spec.PodTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Deployment controller (k/k pkg/controller/deployment): one step per sync, as {@code rolloutRolling}:
 * create the new ReplicaSet (revision = max + 1) or scale it up within replicas + maxSurge
 * ({@code NewRSNewReplicas}); else scale old ReplicaSets down, unhealthy replicas first, keeping
 * replicas − maxUnavailable available ({@code reconcileOldReplicaSets}); then write status and delete old
 * ReplicaSets beyond revisionHistoryLimit. Recreate scales old sets to 0, waits for their pods to go, then scales
 * the new one up.
 *
 * <p>Simplified: a scaling event with no rollout in progress sets the new ReplicaSet to spec.replicas directly;
 * scaling during a rollout is left to the rolling algorithm (upstream scales all sets proportionally). No
 * progress deadline, pause or rollback API.
 */
final class DeploymentController implements Reconciler {
    private final Kernel kernel;
    private final ApiServer api;
    private final SharedInformer deployments;
    private final SharedInformer replicaSets;
    private final SharedInformer pods;
    private final ControllerLoop loop;

    DeploymentController(Kernel kernel, ApiServer api, SharedInformer deployments, SharedInformer replicaSets,
            SharedInformer pods, ControllerLoop.Factory factory) {
        this.kernel = kernel;
        this.api = api;
        this.deployments = deployments;
        this.replicaSets = replicaSets;
        this.pods = pods;
        this.loop = factory.create("deployment", this);
        deployments.addHandler(new EventHandler() {
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
                loop.queue().add(lastKnown.key());
            }
        });
        replicaSets.addHandler(new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
                enqueueOwner((ReplicaSet) object);
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
                enqueueOwner((ReplicaSet) newObject);
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                enqueueOwner((ReplicaSet) lastKnown);
            }
        });
        pods.addHandler(new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                // deletePod: a Recreate rollout waits for the old pods to be gone
                ReplicaSet rs = (ReplicaSet) replicaSets.indexer().get(((Pod) lastKnown).owner());
                if (rs != null && !rs.owner().isEmpty()) {
                    Deployment d = (Deployment) deployments.indexer().get(rs.owner());
                    if (d != null && d.recreate()) {
                        loop.queue().add(d.key());
                    }
                }
            }
        });
    }

    private void enqueueOwner(ReplicaSet rs) {
        if (!rs.owner().isEmpty()) {
            loop.queue().add(rs.owner());
        }
    }

    ControllerLoop loop() {
        return loop;
    }

    @Override
    public void reconcile(String key, ReconcileContext ctx) {
        Deployment d = (Deployment) deployments.indexer().get(key);
        if (d == null) {
            ctx.observed("deleted");
            return;
        }
        String hash = Names.templateHash(d.template());
        ReplicaSet newRs = null;
        List<ReplicaSet> old = new ArrayList<>();
        int maxRevision = 0;
        for (String rsKey : replicaSets.indexer().keys(ControllerManager.BY_OWNER, key)) {
            ReplicaSet rs = (ReplicaSet) replicaSets.indexer().get(rsKey);
            if (rs.templateHash().equals(hash)) {
                newRs = rs;
            } else {
                old.add(rs);
                maxRevision = Math.max(maxRevision, rs.revision());
            }
        }
        if (d.deletion().marked()) {
            ctx.observed("being deleted (" + d.deletion().propagation() + "): status only, no rollout, no scaling");
            syncStatus(d, newRs, old, ctx); // syncDeployment: a Deployment with a deletionTimestamp, syncStatusOnly
            return;
        }
        old.sort(Comparator.comparingLong(ReplicaSet::createdNanos).thenComparing(ReplicaSet::key));
        int oldSpec = 0;
        for (ReplicaSet rs : old) {
            oldSpec += rs.replicas();
        }
        int newSpec = newRs == null ? 0 : newRs.replicas();
        ctx.observed("desired " + d.replicas() + " new " + newSpec + " old " + oldSpec);
        List<RolloutPlan.Rs> oldIn = new ArrayList<>(old.size());
        for (ReplicaSet rs : old) {
            oldIn.add(new RolloutPlan.Rs(rs.replicas(), rs.availableReplicas(), rs.revision()));
        }
        RolloutPlan.Rs newIn = newRs == null ? null
                : new RolloutPlan.Rs(newRs.replicas(), newRs.availableReplicas(), newRs.revision());
        boolean oldPodsRemain = d.recreate() && oldSpec == 0 && oldPodsRemain(old);
        RolloutPlan.Step step = RolloutPlan.next(new RolloutPlan.Input(d.replicas(), d.recreate(), d.surge(),
                d.unavailable(), newIn, oldIn, oldPodsRemain));
        switch (step.kind()) {
            case BUMP_REVISION:
                ReplicaSet bumped = newRs.withRevision(step.revision());
                ctx.write(() -> api.update(bumped, "deployment"));
                ctx.action("bumpRevision", step.revision());
                break;
            case CREATE_NEW:
                createReplicaSet(d, hash, maxRevision + 1, step.newReplicas(), ctx);
                break;
            case SCALE_NEW:
                scale(newRs, step.newReplicas(), ctx);
                break;
            case SCALE_OLD:
                for (int i = 0; i < old.size(); i++) {
                    if (step.oldReplicas().get(i) != old.get(i).replicas()) {
                        scale(old.get(i), step.oldReplicas().get(i), ctx);
                    }
                }
                break;
            case WAIT_FOR_OLD_PODS:
                ctx.observed("desired " + d.replicas() + " waiting for old pods to terminate");
                break;
            default:
                syncStatus(d, newRs, old, ctx);
                cleanup(d, old, ctx);
        }
    }

    private boolean oldPodsRemain(List<ReplicaSet> old) {
        for (ReplicaSet rs : old) {
            for (String podKey : pods.indexer().keys(ControllerManager.BY_OWNER, rs.key())) {
                if (!((Pod) pods.indexer().get(podKey)).terminal()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void createReplicaSet(Deployment d, String hash, int revision, int replicas, ReconcileContext ctx) {
        PodTemplate t = d.template();
        Map<String, String> labels = new TreeMap<>(t.labels());
        labels.put("pod-template-hash", hash);
        Map<String, String> selector = new TreeMap<>(d.selector());
        selector.put("pod-template-hash", hash);
        PodTemplate template = new PodTemplate(labels, t.spec(), t.annotations());
        String name = d.name() + "-" + hash;
        ReplicaSet rs = new ReplicaSet(d.namespace(), name, d.namespace() + "/" + name, d.key(), selector, template,
                hash, revision, replicas, 0, 0, 0, d.minReadyNanos(), kernel.now(), Deletion.NONE, 0);
        ctx.write(() -> api.create(rs, "deployment"));
        ctx.action("createReplicaSet", replicas);
    }

    private void scale(ReplicaSet rs, int replicas, ReconcileContext ctx) {
        ReplicaSet scaled = rs.withReplicas(replicas);
        ctx.write(() -> api.update(scaled, "deployment"));
        ctx.action(replicas > rs.replicas() ? "scaleUp" : "scaleDown", Math.abs(replicas - rs.replicas()));
    }

    /** calculateStatus over the Deployment's ReplicaSets ({@code newRs} null if none matches its template). */
    private void syncStatus(Deployment d, ReplicaSet newRs, List<ReplicaSet> old, ReconcileContext ctx) {
        int total = newRs == null ? 0 : newRs.statusReplicas();
        int ready = newRs == null ? 0 : newRs.readyReplicas();
        int available = newRs == null ? 0 : newRs.availableReplicas();
        for (ReplicaSet rs : old) {
            total += rs.statusReplicas();
            ready += rs.readyReplicas();
            available += rs.availableReplicas();
        }
        int updated = newRs == null ? 0 : newRs.statusReplicas();
        if (total != d.statusReplicas() || updated != d.updatedReplicas() || ready != d.readyReplicas()
                || available != d.availableReplicas()) {
            Deployment next = d.withStatus(total, updated, ready, available);
            ctx.write(() -> api.update(next, "deployment"));
            ctx.action("updateStatus", 1);
        }
    }

    private void cleanup(Deployment d, List<ReplicaSet> old, ReconcileContext ctx) {
        List<ReplicaSet> idle = new ArrayList<>();
        for (ReplicaSet rs : old) {
            if (rs.replicas() == 0 && rs.statusReplicas() == 0) {
                idle.add(rs);
            }
        }
        int excess = idle.size() - d.revisionHistoryLimit();
        if (excess <= 0) {
            return;
        }
        idle.sort(Comparator.comparingInt(ReplicaSet::revision));
        for (int i = 0; i < excess; i++) {
            String rsKey = idle.get(i).key();
            ctx.write(() -> api.delete(Kind.REPLICASET, rsKey, "deployment"));
        }
        ctx.action("deleteOldReplicaSets", excess);
    }
}
