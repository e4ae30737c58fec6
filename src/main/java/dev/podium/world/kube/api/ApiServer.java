package dev.podium.world.kube.api;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.custom.event.OwnerReferenceRemoved;
import dev.podium.world.kube.custom.event.OwnerReferenceSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The simulated kube-apiserver and its etcd: one store per {@link Kind}, a global resourceVersion counter, and
 * watch fan-out. A write is applied when it is called (the caller, an {@link ApiClient}, has already waited the
 * write latency) and each watcher receives the event {@code watchDelayNanos} later, in commit order.
 *
 * <p>Updates carry the resourceVersion the writer read: a stale one is refused with Conflict (optimistic
 * concurrency), which is how a controller working from a lagging cache learns it must retry. Kubelets watch
 * only the pods bound to their node (the {@code spec.nodeName} field selector). Object-level events
 * (PodCreated, ReplicaSetScaled, ...) are emitted here, at commit, by {@link ChangeEmitter}.
 *
 * <p>Kernel thread only. Stores iterate in insertion order, so every listing is deterministic.
 */
public final class ApiServer {
    private final Kernel kernel;
    private final long watchDelayNanos;
    private final ChangeEmitter emitter;
    private final EnumMap<Kind, LinkedHashMap<String, ApiObject>> stores = new EnumMap<>(Kind.class);
    private final EnumMap<Kind, List<WatchListener>> watchers = new EnumMap<>(Kind.class);
    private final Map<String, WatchListener> nodeWatchers = new HashMap<>();
    private final OwnerIndex owners = new OwnerIndex();
    private final EventSink sink;
    private long resourceVersion;

    public ApiServer(Kernel kernel, EventSink sink, long watchDelayNanos) {
        this.kernel = kernel;
        this.watchDelayNanos = watchDelayNanos;
        this.emitter = new ChangeEmitter(kernel, sink);
        this.sink = sink;
        for (Kind k : Kind.values()) {
            stores.put(k, new LinkedHashMap<>());
            watchers.put(k, new ArrayList<>());
        }
    }

    /** The newest resourceVersion handed out. */
    public long resourceVersion() {
        return resourceVersion;
    }

    /** The stored object, or null. */
    public ApiObject get(Kind kind, String key) {
        return stores.get(kind).get(key);
    }

    public Pod pod(String key) {
        return (Pod) get(Kind.POD, key);
    }

    public Node node(String name) {
        return (Node) get(Kind.NODE, name);
    }

    /** A LIST: a snapshot of every object of the kind, in creation order. */
    public List<ApiObject> list(Kind kind) {
        return new ArrayList<>(stores.get(kind).values());
    }

    public int count(Kind kind) {
        return stores.get(kind).size();
    }

    /** Starts a watch on every object of {@code kind}; the returned runnable stops it. */
    public Runnable watch(Kind kind, WatchListener listener) {
        List<WatchListener> list = watchers.get(kind);
        list.add(listener);
        return () -> list.remove(listener);
    }

    /** A kubelet's watch: pods whose spec.nodeName is {@code node}. */
    public void watchNodePods(String node, WatchListener listener) {
        nodeWatchers.put(node, listener);
    }

    /** Creates an object; AlreadyExists if the key is taken. */
    public WriteResult create(ApiObject object, String cause) {
        Map<String, ApiObject> store = stores.get(object.kind());
        if (store.containsKey(object.key())) {
            return WriteResult.ALREADY_EXISTS;
        }
        ApiObject stored = object.withResourceVersion(++resourceVersion);
        store.put(stored.key(), stored);
        emitter.changed(null, stored, cause);
        fanOut(WatchType.ADDED, null, stored);
        return WriteResult.OK;
    }

    /** Replaces an object if {@code object.resourceVersion()} is still current (else Conflict). */
    public WriteResult update(ApiObject object, String cause) {
        ApiObject current = get(object.kind(), object.key());
        if (current == null) {
            return WriteResult.NOT_FOUND;
        }
        if (current.resourceVersion() != object.resourceVersion()) {
            return WriteResult.CONFLICT;
        }
        store(current, object, cause);
        return WriteResult.OK;
    }

    /** Applies {@code change} to the current object with no precondition (a PATCH). */
    public WriteResult patch(Kind kind, String key, UnaryOperator<ApiObject> change, String cause) {
        ApiObject current = get(kind, key);
        if (current == null) {
            return WriteResult.NOT_FOUND;
        }
        ApiObject next = change.apply(current);
        if (next == current) {
            return WriteResult.OK;
        }
        store(current, next, cause);
        return WriteResult.OK;
    }

    private void store(ApiObject current, ApiObject next, String cause) {
        if (next instanceof CustomObject c && c.deleting() && c.finalizers().isEmpty()) {
            delete(c.kind(), c.key(), cause);
            return;
        }
        if (next instanceof Deletable d && d.deletion().marked() && d.deletion().finalizers().isEmpty()) {
            emitter.changed(current, next, cause); // the last finalizer removed, then the object goes
            delete(d.kind(), d.key(), cause);
            return;
        }
        ApiObject stored = next.withResourceVersion(++resourceVersion);
        stores.get(stored.kind()).put(stored.key(), stored);
        emitter.changed(current, stored, cause);
        fanOut(WatchType.MODIFIED, current, stored);
    }

    /** Removes an object at once. */
    public WriteResult delete(Kind kind, String key, String cause) {
        ApiObject removed = stores.get(kind).remove(key);
        if (removed == null) {
            return WriteResult.NOT_FOUND;
        }
        ++resourceVersion;
        owners.remove(kind, key);
        emitter.removed(removed, cause);
        fanOut(WatchType.DELETED, removed, removed);
        return WriteResult.OK;
    }

    /**
     * A graceful pod delete: sets the deletionTimestamp and grace period; an unbound pod, or grace 0, is removed at
     * once (as the API server does). A pod already being deleted is left alone.
     */
    public WriteResult deletePod(String key, long graceNanos, String reason) {
        Pod pod = pod(key);
        if (pod == null) {
            return WriteResult.NOT_FOUND;
        }
        if (pod.nodeName().isEmpty() || graceNanos == 0) {
            return delete(Kind.POD, key, reason);
        }
        if (pod.deleting()) {
            return WriteResult.OK;
        }
        store(pod, pod.withDeletion(kernel.now(), graceNanos, reason), reason);
        return WriteResult.OK;
    }

    /**
     * A DELETE of a custom object or Secret with a propagation policy (Background, Foreground, Orphan): Foreground
     * and Orphan add their finalizer; an object left with finalizers only gets its deletionTimestamp and stays, as
     * the API server does, until the last finalizer is removed (then {@link #patch} removes it); one without is
     * removed at once. A second delete of an object already being deleted changes nothing. A Deployment or
     * ReplicaSet ({@link Deletable}) deleted with Foreground or Orphan is held the same way by that finalizer; with
     * Background it goes at once.
     */
    public WriteResult deleteWithPropagation(Kind kind, String key, String propagation, String cause) {
        ApiObject current = get(kind, key);
        if (current instanceof Deletable d && !propagation.equals("Background")) {
            if (!d.deletion().marked()) {
                store(d, d.withDeletion(Deletion.requested(kernel.now(), propagation)), cause);
            }
            return WriteResult.OK;
        }
        if (!(current instanceof CustomObject c)) {
            return current == null ? WriteResult.NOT_FOUND : delete(kind, key, cause);
        }
        if (c.deleting()) {
            return WriteResult.OK;
        }
        CustomObject next = c.withDeletion(kernel.now(), propagation);
        if (propagation.equals("Foreground")) {
            next = next.withFinalizer(CustomObject.FOREGROUND);
        } else if (propagation.equals("Orphan")) {
            next = next.withFinalizer(CustomObject.ORPHAN);
        }
        store(c, next, cause);
        return WriteResult.OK;
    }

    /**
     * Removes {@code finalizer} from a Deployment or ReplicaSet being deleted (the garbage collector's last step);
     * once none is left the object goes, as {@link #store} does for custom objects.
     */
    public WriteResult removeFinalizer(Kind kind, String key, String finalizer, String cause) {
        return patch(kind, key, o -> o instanceof Deletable d && d.deletion().holds(finalizer)
                ? d.withDeletion(d.deletion().without(finalizer)) : o, cause);
    }

    /** Records that the existing object {@code key} of {@code kind} is owned (controller reference) as {@code ref}. */
    public WriteResult setOwner(Kind kind, String key, String dependentKind, OwnerReference ref) {
        if (get(kind, key) == null) {
            return WriteResult.NOT_FOUND;
        }
        owners.put(kind, key, ref);
        sink.emit(new OwnerReferenceSet(kernel.now(), dependentKind, key, ref.ownerKind(), ref.ownerKey(),
                ref.blockOwnerDeletion()));
        return WriteResult.OK;
    }

    /** The controller owner reference of an object, or null. */
    public OwnerReference owner(Kind kind, String key) {
        return owners.get(kind, key);
    }

    /** Removes an object's owner reference (the garbage collector orphaning it). */
    public WriteResult removeOwner(Kind kind, String key, String dependentKind) {
        OwnerReference ref = owners.remove(kind, key);
        if (ref == null) {
            return WriteResult.NOT_FOUND;
        }
        sink.emit(new OwnerReferenceRemoved(kernel.now(), dependentKind, key, ref.ownerKey()));
        return WriteResult.OK;
    }

    /**
     * The garbage collector orphaning a ReplicaSet (from its Deployment) or a pod (from its ReplicaSet): the owner
     * the object records is cleared, and {@code OwnerReferenceRemoved} tells it.
     */
    public WriteResult orphan(Kind kind, String key, String cause) {
        ApiObject o = get(kind, key);
        String owner = o instanceof ReplicaSet rs ? rs.owner() : o instanceof Pod p ? p.owner() : "";
        if (owner.isEmpty()) {
            return o == null ? WriteResult.NOT_FOUND : WriteResult.OK;
        }
        store(o, o instanceof ReplicaSet rs ? rs.withOwner("") : ((Pod) o).withOwner(""), cause);
        sink.emit(new OwnerReferenceRemoved(kernel.now(), o instanceof Pod ? "Pod" : "ReplicaSet", key, owner));
        return WriteResult.OK;
    }

    /** The objects whose owner reference names {@code ownerKey} in {@code ownerStore}, as [store, key] pairs. */
    public List<Map.Entry<Kind, String>> dependents(Kind ownerStore, String ownerKey) {
        List<Map.Entry<Kind, String>> out = new ArrayList<>();
        for (OwnerIndex.Dependent d : owners.dependents(ownerStore, ownerKey)) {
            out.add(Map.entry(d.kind(), d.key()));
        }
        return out;
    }

    private void fanOut(WatchType type, ApiObject old, ApiObject object) {
        List<WatchListener> list = watchers.get(object.kind());
        for (int i = 0; i < list.size(); i++) {
            WatchListener w = list.get(i);
            kernel.schedule(watchDelayNanos, () -> w.onWatchEvent(type, object));
        }
        if (object instanceof Pod) {
            String before = old == null ? "" : ((Pod) old).nodeName();
            String after = ((Pod) object).nodeName();
            if (!after.isEmpty()) {
                WatchListener kubelet = nodeWatchers.get(after);
                if (kubelet != null) {
                    WatchType t = before.equals(after) ? type : WatchType.ADDED;
                    kernel.schedule(watchDelayNanos, () -> kubelet.onWatchEvent(t, object));
                }
            }
        }
    }
}
