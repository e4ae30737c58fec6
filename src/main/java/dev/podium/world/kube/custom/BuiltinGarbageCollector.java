package dev.podium.world.kube.custom;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
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
 * The garbage collector's background cascade for the built-in owners (k/k pkg/controller/garbagecollector with the
 * default propagationPolicy Background): once a Deployment is gone, its ReplicaSets are deleted; once a ReplicaSet,
 * StatefulSet, DaemonSet or Job is gone, its pods are deleted gracefully (their own termination grace period, as a
 * pod deletion does). The collector sees the removal one watch delay after it happens, then writes each delete one
 * API write later, emitting {@code GarbageCollectorDeleted} for each. Dependents already being deleted are left
 * alone, so an old ReplicaSet that the Deployment controller pruned with no pods left causes nothing.
 *
 * <p>Simplified: dependents are found by the owner each object records (not by ownerReference UIDs), and no
 * foreground or orphan deletion for built-in kinds. Kernel thread only.
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
                }
            });
        }
    }

    private void ownerGone(Kind kind, String owner) {
        if (api.get(kind, owner) != null) {
            return; // created again under the same name meanwhile
        }
        List<ApiObject> dependents = new ArrayList<>();
        if (kind == Kind.DEPLOYMENT) {
            for (ApiObject o : api.list(Kind.REPLICASET)) {
                if (((ReplicaSet) o).owner().equals(owner)) {
                    dependents.add(o);
                }
            }
        } else {
            String tag = POD_OWNER_PREFIX.get(kind) + owner;
            for (ApiObject o : api.list(Kind.POD)) {
                Pod p = (Pod) o;
                if (p.owner().equals(tag) && !p.deleting()) {
                    dependents.add(p);
                }
            }
        }
        String ownerName = kindName(kind) + " " + owner;
        for (ApiObject d : dependents) {
            kernel.schedule(writeNanos, () -> delete(d, ownerName));
        }
    }

    private void delete(ApiObject dependent, String owner) {
        if (dependent instanceof Pod p) {
            Pod live = api.pod(p.key());
            if (live == null || live.deleting()) {
                return;
            }
            sink.emit(new GarbageCollectorDeleted(kernel.now(), "Pod", p.key(), owner, "Background"));
            api.deletePod(p.key(), live.spec().terminationGraceNanos(), "GarbageCollected");
        } else if (api.get(dependent.kind(), dependent.key()) != null) {
            sink.emit(new GarbageCollectorDeleted(kernel.now(), kindName(dependent.kind()), dependent.key(), owner,
                    "Background"));
            api.delete(dependent.kind(), dependent.key(), NAME);
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
