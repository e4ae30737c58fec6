package dev.podium.world.kube.custom;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.CustomObject;
import dev.podium.world.kube.api.Deletable;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.api.ReplicaSet;
import dev.podium.world.kube.api.WatchType;
import dev.podium.world.kube.custom.event.GarbageCollectorDeleted;
import dev.podium.world.kube.workload.DaemonSet;
import dev.podium.world.kube.workload.Job;
import dev.podium.world.kube.workload.StatefulSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The garbage collector for the built-in owners (k/k pkg/controller/garbagecollector). The collector sees a change
 * one watch delay after it happens and writes one API write later, emitting {@code GarbageCollectorDeleted} for
 * each dependent it deletes.
 * <ul>
 * <li>Background (the default): once a Deployment is gone, its ReplicaSets are deleted; once a ReplicaSet,
 * StatefulSet, DaemonSet or Job is gone, its pods are deleted gracefully (their own termination grace period, as a
 * pod deletion does). Dependents already being deleted are left alone, so an old ReplicaSet that the Deployment
 * controller pruned with no pods left causes nothing.</li>
 * <li>Foreground (a Deployment or ReplicaSet holding {@code foregroundDeletion}): its dependents are deleted — a
 * ReplicaSet that has pods with Foreground itself, as attemptToDeleteItem does for a dependent of an owner waiting
 * for its dependents — and once the last dependent is gone (pods after their grace period) the finalizer is removed
 * and the API server removes the owner. Every dependent blocks, as the built-in controllers set
 * blockOwnerDeletion.</li>
 * <li>Orphan (holding {@code orphan}): the dependents' owner is cleared, then the finalizer removed; the dependents
 * stay and keep running.</li>
 * </ul>
 *
 * <p>Simplified: dependents are found by the owner each object records (not by ownerReference UIDs), by a LIST
 * rather than a graph built from metadata informers; foreground and orphan deletion only for Deployments and
 * ReplicaSets. Kernel thread only.
 */
public final class BuiltinGarbageCollector {
    private static final String NAME = GarbageCollector.NAME;
    private static final Map<Kind, String> POD_OWNER_PREFIX = Map.of(Kind.REPLICASET, "",
            Kind.STATEFULSET, StatefulSet.OWNER_PREFIX, Kind.DAEMONSET, DaemonSet.OWNER_PREFIX,
            Kind.JOB, Job.OWNER_PREFIX);

    private final Kernel kernel;
    private final EventSink sink;
    private final ApiServer api;
    private final long watchDelayNanos;
    private final long writeNanos;
    private boolean watchingPods;

    private BuiltinGarbageCollector(Kernel kernel, EventSink sink, ApiServer api, long watchDelayNanos,
            long writeNanos) {
        this.kernel = kernel;
        this.sink = sink;
        this.api = api;
        this.watchDelayNanos = watchDelayNanos;
        this.writeNanos = writeNanos;
    }

    /** Starts watching the built-in owner kinds. */
    public static void start(Kernel kernel, EventSink sink, ApiServer api, long watchDelayNanos, long writeNanos) {
        BuiltinGarbageCollector gc = new BuiltinGarbageCollector(kernel, sink, api, watchDelayNanos, writeNanos);
        for (Kind kind : List.of(Kind.DEPLOYMENT, Kind.REPLICASET, Kind.STATEFULSET, Kind.DAEMONSET, Kind.JOB)) {
            api.watch(kind, (type, object) -> {
                if (type == WatchType.DELETED) {
                    kernel.schedule(watchDelayNanos, () -> gc.ownerGone(kind, object.key()));
                    if (object instanceof ReplicaSet rs) {
                        gc.dependentGone(Kind.DEPLOYMENT, rs.owner());
                    }
                } else if (object instanceof Deletable d && d.deletion().marked()) {
                    kernel.schedule(watchDelayNanos, () -> gc.attemptToDelete(kind, object.key()));
                }
            });
        }
    }

    private void ownerGone(Kind kind, String owner) {
        if (api.get(kind, owner) != null) {
            return; // created again under the same name meanwhile
        }
        String ownerName = kindName(kind) + " " + owner;
        for (ApiObject d : dependents(kind, owner)) {
            if (!(d instanceof Pod p && p.deleting())) {
                kernel.schedule(writeNanos, () -> delete(d, ownerName, "Background"));
            }
        }
    }

    /** A dependent of {@code owner} is gone: an owner waiting for its dependents looks again. */
    private void dependentGone(Kind ownerKind, String owner) {
        if (!owner.isEmpty() && api.get(ownerKind, owner) instanceof Deletable d
                && d.deletion().holds(CustomObject.FOREGROUND)) {
            kernel.schedule(watchDelayNanos, () -> attemptToDelete(ownerKind, owner));
        }
    }

    /** A Deployment or ReplicaSet being deleted: delete or orphan its dependents, or release it once they are. */
    private void attemptToDelete(Kind kind, String key) {
        if (!(api.get(kind, key) instanceof Deletable owner) || !owner.deletion().marked()) {
            return;
        }
        List<ApiObject> dependents = dependents(kind, key);
        if (owner.deletion().holds(CustomObject.ORPHAN)) {
            for (ApiObject d : dependents) {
                kernel.schedule(writeNanos, () -> api.orphan(d.kind(), d.key(), NAME));
            }
            release(kind, key, CustomObject.ORPHAN, dependents.isEmpty() ? writeNanos : 2 * writeNanos);
        } else if (owner.deletion().holds(CustomObject.FOREGROUND)) {
            watchPodRemovals();
            if (dependents.isEmpty()) {
                release(kind, key, CustomObject.FOREGROUND, writeNanos);
                return;
            }
            String ownerName = owner.kindName() + " " + key;
            for (ApiObject d : dependents) {
                if (!(d instanceof Pod p && p.deleting()) && !(d instanceof Deletable x && x.deletion().marked())) {
                    kernel.schedule(writeNanos, () -> delete(d, ownerName, "Foreground"));
                }
            }
        }
    }

    private void release(Kind kind, String key, String finalizer, long afterNanos) {
        kernel.schedule(afterNanos, () -> api.removeFinalizer(kind, key, finalizer, NAME));
    }

    /** From the first foreground delete on, a pod's removal makes its ReplicaSet look again. */
    private void watchPodRemovals() {
        if (watchingPods) {
            return;
        }
        watchingPods = true;
        api.watch(Kind.POD, (type, object) -> {
            if (type == WatchType.DELETED && ((Pod) object).ownedByReplicaSet()) {
                dependentGone(Kind.REPLICASET, ((Pod) object).owner());
            }
        });
    }

    /** Every object {@code owner} owns (a Deployment's ReplicaSets, a workload's pods), deleting ones too. */
    private List<ApiObject> dependents(Kind kind, String owner) {
        List<ApiObject> out = new ArrayList<>();
        if (kind == Kind.DEPLOYMENT) {
            for (ApiObject o : api.list(Kind.REPLICASET)) {
                if (((ReplicaSet) o).owner().equals(owner)) {
                    out.add(o);
                }
            }
        } else {
            String tag = POD_OWNER_PREFIX.get(kind) + owner;
            for (ApiObject o : api.list(Kind.POD)) {
                if (((Pod) o).owner().equals(tag)) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    private void delete(ApiObject dependent, String owner, String propagation) {
        if (dependent instanceof Pod p) {
            Pod live = api.pod(p.key());
            if (live == null || live.deleting()) {
                return;
            }
            sink.emit(new GarbageCollectorDeleted(kernel.now(), "Pod", p.key(), owner, propagation));
            api.deletePod(p.key(), live.spec().terminationGraceNanos(), "GarbageCollected");
            return;
        }
        ApiObject live = api.get(dependent.kind(), dependent.key());
        if (live == null || live instanceof Deletable d && d.deletion().marked()) {
            return;
        }
        sink.emit(new GarbageCollectorDeleted(kernel.now(), kindName(dependent.kind()), dependent.key(), owner,
                propagation));
        if (propagation.equals("Foreground") && !dependents(live.kind(), live.key()).isEmpty()) {
            api.deleteWithPropagation(live.kind(), live.key(), "Foreground", NAME);
        } else {
            api.delete(live.kind(), live.key(), NAME);
        }
    }

    private static String kindName(Kind kind) {
        return switch (kind) {
            case DEPLOYMENT -> "Deployment";
            case REPLICASET -> "ReplicaSet";
            case STATEFULSET -> "StatefulSet";
            case DAEMONSET -> "DaemonSet";
            case JOB -> "Job";
            default -> kind.resource();
        };
    }
}
