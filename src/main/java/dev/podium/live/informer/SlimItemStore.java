package dev.podium.live.informer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The fabric8 informer's cache, slimmed: once {@link #slim()} is called (after the first list), it keeps for each
 * object an empty object of the same kind carrying only name, namespace and resourceVersion, which is all the
 * reflector needs (keys, the relist diff, the resourceVersion check). Our handlers keep their own compact records
 * and never read an old object's body, so a watched pod costs about a hundred bytes here instead of the several
 * kilobytes of a full fabric8 Pod. Until then it keeps full objects: fabric8 defers the handlers' adds of the first
 * list and reads the objects back from this store to deliver them.
 *
 * <p>Thread-safe (fabric8 reads it from its own threads).
 *
 * @param <T> the kind
 */
final class SlimItemStore<T extends HasMetadata> implements ItemStore<T> {

    private final Map<String, T> items = new ConcurrentHashMap<>();
    private final Supplier<T> empty;
    /** The session's pool; dropped on {@link #clear} (fabric8 may keep this store after the session closed). */
    private volatile ValuePool pool;
    private volatile boolean slim;

    SlimItemStore(Supplier<T> empty, ValuePool pool) {
        this.empty = empty;
        this.pool = pool;
    }

    @Override
    public String getKey(T obj) {
        return Cache.metaNamespaceKeyFunc(obj);
    }

    /** From now on keep slim copies, and slim what is held. */
    void slim() {
        if (!slim) {
            slim = true;
            items.replaceAll((key, obj) -> slimCopy(obj));
        }
    }

    @Override
    public T put(String key, T obj) {
        return items.put(key, slim ? slimCopy(obj) : obj);
    }

    private T slimCopy(T obj) {
        ObjectMeta m = obj.getMetadata();
        ObjectMeta slimMeta = new ObjectMeta();
        slimMeta.setName(m.getName());
        ValuePool shared = pool;
        slimMeta.setNamespace(shared == null ? m.getNamespace() : shared.share(m.getNamespace()));
        slimMeta.setResourceVersion(m.getResourceVersion());
        // The model's constructor fills every collection with an empty one; a few hundred bytes per object.
        slimMeta.setLabels(null);
        slimMeta.setAnnotations(null);
        slimMeta.setFinalizers(null);
        slimMeta.setManagedFields(null);
        slimMeta.setOwnerReferences(null);
        slimMeta.setAdditionalProperties(null);
        T copy = empty.get();
        copy.setMetadata(slimMeta);
        return copy;
    }

    /** Drops every object and the pool (the session closed; fabric8 may still hold this store for a while). */
    void clear() {
        items.clear();
        pool = null;
    }

    @Override
    public T remove(String key) {
        return items.remove(key);
    }

    @Override
    public Stream<String> keySet() {
        return items.keySet().stream();
    }

    @Override
    public Stream<T> values() {
        return items.values().stream();
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public T get(String key) {
        return items.get(key);
    }
}
