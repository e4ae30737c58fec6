package dev.podium.world.kube.custom;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.CustomObject;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.OwnerReference;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.api.WriteResult;
import dev.podium.world.kube.custom.event.GarbageCollectorDeleted;
import dev.podium.world.kube.informer.ControllerLoop;
import dev.podium.world.kube.informer.EventHandler;
import dev.podium.world.kube.informer.ReconcileContext;
import dev.podium.world.kube.informer.Reconciler;
import dev.podium.world.kube.informer.SharedInformer;
import java.util.List;
import java.util.Map;

/**
 * The garbage collector (k/k pkg/controller/garbagecollector) for objects owned by custom objects, as a controller
 * named {@code garbagecollector} whose keys are owners:
 * <ul>
 * <li>owner gone (checked with a live GET, as the collector confirms an absent owner): Background — delete every
 * dependent (pods gracefully);</li>
 * <li>owner being deleted with the {@code foregroundDeletion} finalizer: delete the dependents; while some with
 * blockOwnerDeletion remain, look again after a second; then remove the finalizer (the API server removes the owner
 * once no finalizer is left);</li>
 * <li>owner being deleted with the {@code orphan} finalizer: remove the dependents' owner references, then the
 * finalizer.</li>
 * </ul>
 * Simplified: it reads dependents from the API server's owner references rather than from a graph built by metadata
 * informers of every resource, and it polls every second while a foreground delete waits. Kernel thread only.
 */
final class GarbageCollector implements Reconciler {
    static final String NAME = "garbagecollector";
    private static final long WAIT_NANOS = KubeParams.SECOND;

    private final Kernel kernel;
    private final EventSink sink;
    private final ApiServer api;
    private final ControllerLoop loop;

    GarbageCollector(Kernel kernel, EventSink sink, ApiServer api, SharedInformer owners,
            ControllerLoop.Factory factory) {
        this.kernel = kernel;
        this.sink = sink;
        this.api = api;
        this.loop = factory.create(NAME, this);
        owners.addHandler(new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
                if (((CustomObject) object).deleting()) {
                    loop.queue().add(object.key());
                }
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
                if (((CustomObject) newObject).deleting()) {
                    loop.queue().add(newObject.key());
                }
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                loop.queue().add(lastKnown.key());
            }
        });
    }

    ControllerLoop loop() {
        return loop;
    }

    @Override
    public void reconcile(String key, ReconcileContext ctx) {
        List<Map.Entry<Kind, String>> dependents = api.dependents(Kind.CUSTOM, key);
        ApiObject live = api.get(Kind.CUSTOM, key);
        if (live == null) {
            ctx.observed("owner gone, " + dependents.size() + " dependent(s)");
            deleteAll(key, dependents, "Background", ctx);
            return;
        }
        CustomObject owner = (CustomObject) live;
        if (!owner.deleting()) {
            ctx.observed("owner exists");
            return;
        }
        if (owner.finalizers().contains(CustomObject.ORPHAN)) {
            ctx.observed("orphan " + dependents.size() + " dependent(s)");
            for (Map.Entry<Kind, String> d : dependents) {
                ctx.write(() -> api.removeOwner(d.getKey(), d.getValue(), kindName(d.getKey(), d.getValue())));
            }
            ctx.action("orphanDependents", dependents.size());
            ctx.write(() -> api.patch(Kind.CUSTOM, key, x -> ((CustomObject) x).withoutFinalizer(
                    CustomObject.ORPHAN), NAME));
            ctx.action("releaseOwner", 2);
        } else if (owner.finalizers().contains(CustomObject.FOREGROUND)) {
            int blocking = 0;
            for (Map.Entry<Kind, String> d : dependents) {
                OwnerReference ref = api.owner(d.getKey(), d.getValue());
                if (ref != null && ref.blockOwnerDeletion()) {
                    blocking++;
                }
            }
            ctx.observed("foreground, " + blocking + " blocking dependent(s)");
            if (blocking == 0) {
                ctx.write(() -> api.patch(Kind.CUSTOM, key, x -> ((CustomObject) x).withoutFinalizer(
                        CustomObject.FOREGROUND), NAME));
                ctx.action("releaseOwner", 1);
            } else {
                deleteAll(key, dependents, "Foreground", ctx);
                ctx.action("waitDependents", blocking);
                ctx.requeueAfter(WAIT_NANOS);
            }
        } else {
            ctx.observed("owner waits for finalizers " + String.join(", ", owner.finalizers()));
        }
    }

    private void deleteAll(String owner, List<Map.Entry<Kind, String>> dependents, String propagation,
            ReconcileContext ctx) {
        int n = 0;
        for (Map.Entry<Kind, String> d : dependents) {
            ApiObject o = api.get(d.getKey(), d.getValue());
            if (o == null || o instanceof Pod p && p.deleting() || o instanceof CustomObject c && c.deleting()) {
                continue;
            }
            String kind = kindName(d.getKey(), d.getValue());
            ctx.write(() -> {
                sink.emit(new GarbageCollectorDeleted(kernel.now(), kind, d.getValue(), owner, propagation));
                return delete(d.getKey(), d.getValue());
            });
            n++;
        }
        if (n > 0) {
            ctx.action("deleteDependents", n);
        }
    }

    private WriteResult delete(Kind kind, String key) {
        ApiObject o = api.get(kind, key);
        if (o instanceof Pod p) {
            return api.deletePod(key, p.spec().terminationGraceNanos(), "GarbageCollected");
        }
        if (o instanceof CustomObject) {
            return api.deleteWithPropagation(kind, key, "Background", NAME);
        }
        return api.delete(kind, key, NAME);
    }

    private String kindName(Kind kind, String key) {
        ApiObject o = api.get(kind, key);
        if (o instanceof CustomObject c) {
            return c.customKind();
        }
        return kind == Kind.POD ? "Pod" : kind == Kind.SERVICE ? "Service" : kind.resource();
    }
}
