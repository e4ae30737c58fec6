package dev.podium.world.kube.custom;

import dev.podium.engine.Kernel;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Condition;
import dev.podium.world.kube.api.CustomObject;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.OwnerReference;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.api.Service;
import dev.podium.world.kube.api.WriteResult;
import dev.podium.world.kube.informer.ControllerLoop;
import dev.podium.world.kube.informer.EventHandler;
import dev.podium.world.kube.informer.ReconcileContext;
import dev.podium.world.kube.informer.Reconciler;
import dev.podium.world.kube.informer.SharedInformer;
import dev.podium.world.kube.spec.OperatorManifest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An operator described in the scenario ({@link OperatorManifest}), written as a kubebuilder Reconcile is: Get the
 * object (IgnoreNotFound); if it is being deleted, run the clean-up and remove the finalizer; else add the finalizer
 * and return Requeue; then ensure the Secret, the Service and the pods (StatefulSet-like: {@code name-0},
 * {@code name-1} …, one at a time, each after the one before is Ready; the highest first when scaling down), each
 * with a controller owner reference ({@code blockOwnerDeletion: true}, as SetControllerReference writes it), and
 * write the Ready condition. It runs through the same {@link ControllerLoop} as the built-in controllers.
 *
 * <p>Watches: its custom kind (informer {@code <operator>/<plural>}) and pods (informer {@code <operator>/pods}); a
 * pod event enqueues the object named by the pod's {@code app.kubernetes.io/instance} label (a label map function,
 * since Podium's pods carry their owner reference beside them in the API server, see {@link ApiServer#owner}).
 * Whether the Secret and Service exist is read from the API server, not from a cache. Kernel thread only.
 */
final class Operator implements Reconciler {
    static final String INSTANCE_LABEL = "app.kubernetes.io/instance";
    private static final int MAX_REPLICAS = 50;

    private final Kernel kernel;
    private final ApiServer api;
    private final OperatorManifest spec;
    private final SharedInformer objects;
    private final SharedInformer pods;
    private final ControllerLoop loop;
    private final Map<String, Integer> failures = new HashMap<>();

    Operator(Kernel kernel, ApiServer api, OperatorManifest spec, SharedInformer objects, SharedInformer pods,
            ControllerLoop.Factory factory) {
        this.kernel = kernel;
        this.api = api;
        this.spec = spec;
        this.objects = objects;
        this.pods = pods;
        this.loop = factory.create(spec.meta().name(), this);
        objects.addHandler(new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
                enqueueWatched(object);
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
                enqueueWatched(newObject);
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                enqueueWatched(lastKnown);
            }
        });
        pods.addHandler(new EventHandler() {
            @Override
            public void onAdd(ApiObject object, boolean inInitialList) {
                enqueueOwner((Pod) object);
            }

            @Override
            public void onUpdate(ApiObject oldObject, ApiObject newObject) {
                Pod a = (Pod) oldObject;
                Pod b = (Pod) newObject;
                if (a.ready() != b.ready() || a.deleting() != b.deleting()) {
                    enqueueOwner(b);
                }
            }

            @Override
            public void onDelete(ApiObject lastKnown) {
                enqueueOwner((Pod) lastKnown);
            }
        });
    }

    ControllerLoop loop() {
        return loop;
    }

    private void enqueueWatched(ApiObject o) {
        if (o instanceof CustomObject c && c.customKind().equals(spec.watchKind())) {
            loop.queue().add(c.key());
        }
    }

    private void enqueueOwner(Pod pod) {
        String instance = pod.labels().get(INSTANCE_LABEL);
        if (instance != null && objects.indexer().get(pod.namespace() + "/" + instance) != null) {
            loop.queue().add(pod.namespace() + "/" + instance);
        }
    }

    @Override
    public void reconcile(String key, ReconcileContext ctx) {
        ApiObject cached = objects.indexer().get(key);
        if (!(cached instanceof CustomObject o) || !o.customKind().equals(spec.watchKind())) {
            ctx.observed("not found (deleted)");
            return;
        }
        if (o.deleting()) {
            finalizeObject(o, ctx);
            return;
        }
        if (!spec.finalizer().isEmpty() && !o.finalizers().contains(spec.finalizer())) {
            ctx.observed("no finalizer " + spec.finalizer());
            ctx.write(() -> api.patch(Kind.CUSTOM, key, x -> ((CustomObject) x).withFinalizer(spec.finalizer()),
                    spec.meta().name()));
            ctx.action("addFinalizer", 1);
            ctx.requeue();
            return;
        }
        int failed = failures.getOrDefault(key, 0);
        if (failed < spec.failFirst()) {
            failures.put(key, failed + 1);
            ctx.observed("attempt " + (failed + 1));
            ctx.fail(spec.failMessage());
            return;
        }
        OwnerReference owner = new OwnerReference(o.customKind(), Kind.CUSTOM, key, true);
        ensureSecret(o, owner, ctx);
        ensureService(o, owner, ctx);
        int desired = desiredReplicas(o);
        int ready = ensurePods(o, owner, desired, ctx);
        ctx.observed("desired " + desired + " ready " + ready);
        Condition c = ready == desired
                ? new Condition("Ready", "True", "AllReplicasReady", ready + "/" + desired + " replicas ready")
                : new Condition("Ready", "False", "Provisioning", ready + "/" + desired + " replicas ready");
        if (!c.equals(o.condition("Ready"))) {
            ctx.write(() -> api.patch(Kind.CUSTOM, key, x -> ((CustomObject) x).withCondition(c),
                    spec.meta().name()));
            ctx.action("updateStatus", 1);
        }
        if (ready == desired && spec.requeueAfterNanos() > 0) {
            ctx.requeueAfter(spec.requeueAfterNanos());
            ctx.action("requeueAfter", (int) (spec.requeueAfterNanos() / 1_000_000_000L));
        }
    }

    private void finalizeObject(CustomObject o, ReconcileContext ctx) {
        if (spec.finalizer().isEmpty() || !o.finalizers().contains(spec.finalizer())) {
            ctx.observed("being deleted; nothing of ours to clean up");
            return;
        }
        ctx.observed("being deleted; finalizer " + spec.finalizer());
        ctx.write(kernel.now() + spec.cleanupNanos(), () -> ignoreNotFound(api.patch(Kind.CUSTOM, o.key(),
                x -> ((CustomObject) x).withoutFinalizer(spec.finalizer()), spec.meta().name())), null);
        ctx.action("removeFinalizer", 1);
    }

    /** client.IgnoreNotFound: the object went while we cleaned up (a second, stale pass); nothing is left to do. */
    private static WriteResult ignoreNotFound(WriteResult r) {
        return r == WriteResult.NOT_FOUND ? WriteResult.OK : r;
    }

    private void ensureSecret(CustomObject o, OwnerReference owner, ReconcileContext ctx) {
        if (spec.secretKeys().isEmpty()) {
            return;
        }
        String name = o.name() + "-credentials";
        if (api.get(Kind.SECRET, o.namespace() + "/" + name) != null) {
            return;
        }
        SortedMap<String, Object> sizes = new TreeMap<>();
        for (String k : spec.secretKeys()) {
            sizes.put(k, 16L);
        }
        SortedMap<String, Object> fields = new TreeMap<>(Map.of("data", sizes));
        CustomObject secret = CustomObject.create(Kind.SECRET, "v1", "Secret", o.namespace(), name, fields);
        ctx.write(() -> createOwned(secret, "Secret", owner));
        ctx.action("createSecret", 1);
    }

    private void ensureService(CustomObject o, OwnerReference owner, ReconcileContext ctx) {
        if (spec.servicePort() == 0 || api.get(Kind.SERVICE, o.key()) != null) {
            return;
        }
        Service svc = new Service(o.namespace(), o.name(), o.key(), Map.of(INSTANCE_LABEL, o.name()),
                List.of(spec.servicePort()), 0);
        ctx.write(() -> createOwned(svc, "Service", owner));
        ctx.action("createService", 1);
    }

    /** Creates or deletes at most one pod (OrderedReady); returns how many of the desired pods are ready. */
    private int ensurePods(CustomObject o, OwnerReference owner, int desired, ReconcileContext ctx) {
        int ready = 0;
        boolean waiting = false;
        for (int i = 0; i < desired; i++) {
            Pod p = (Pod) pods.indexer().get(o.namespace() + "/" + o.name() + "-" + i);
            if (p != null && p.ready() && !p.deleting()) {
                ready++;
                continue;
            }
            if (!waiting && p == null) {
                Map<String, String> labels = new TreeMap<>(spec.template().labels());
                labels.put(INSTANCE_LABEL, o.name());
                Pod pod = Pod.create(o.namespace(), o.name() + "-" + i, labels, "", spec.template().spec(),
                        kernel.now());
                ctx.write(() -> createOwned(pod, "Pod", owner));
                ctx.action("createPods", 1);
            }
            waiting = true;
        }
        for (int i = MAX_REPLICAS - 1; i >= desired && !waiting; i--) {
            Pod p = (Pod) pods.indexer().get(o.namespace() + "/" + o.name() + "-" + i);
            if (p != null && !p.deleting()) {
                ctx.write(() -> api.deletePod(p.key(), p.spec().terminationGraceNanos(), "ScaledDown"));
                ctx.action("deletePods", 1);
                break;
            }
        }
        return ready;
    }

    private WriteResult createOwned(ApiObject object, String kind, OwnerReference owner) {
        WriteResult r = api.create(object, spec.meta().name());
        return r == WriteResult.OK ? api.setOwner(object.kind(), object.key(), kind, owner) : r;
    }

    private int desiredReplicas(CustomObject o) {
        Object node = o.fields();
        for (String part : spec.replicasPath().split("\\.")) {
            node = node instanceof Map<?, ?> m ? m.get(part) : null;
        }
        if (node instanceof Number n) {
            return (int) Math.max(0, Math.min(MAX_REPLICAS, n.longValue()));
        }
        if (node instanceof String s && s.matches("[0-9]{1,2}")) {
            return Math.min(MAX_REPLICAS, Integer.parseInt(s));
        }
        return 1;
    }
}
