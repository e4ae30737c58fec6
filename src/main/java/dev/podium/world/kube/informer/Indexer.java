package dev.podium.world.kube.informer;

import dev.podium.world.kube.api.ApiObject;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An informer's cache (client-go's ThreadSafeStore with indexers): objects by key, plus named indexes from an
 * index value (a namespace, an owner key, a node name) to the keys that have it. Listers read here and never hit
 * the API. Index sets keep insertion order, so iteration is deterministic. Kernel thread only.
 */
public final class Indexer {
    private final HashMap<String, ApiObject> items = new HashMap<>();
    private final Map<String, Function<ApiObject, String>> indexFuncs = new LinkedHashMap<>();
    private final Map<String, HashMap<String, LinkedHashSet<String>>> indices = new HashMap<>();

    /** Adds an index; {@code func} returns the object's value for it, or null to leave it out. */
    public void addIndex(String name, Function<ApiObject, String> func) {
        indexFuncs.put(name, func);
        HashMap<String, LinkedHashSet<String>> index = new HashMap<>();
        indices.put(name, index);
        for (ApiObject o : items.values()) {
            String v = func.apply(o);
            if (v != null) {
                index.computeIfAbsent(v, k -> new LinkedHashSet<>()).add(o.key());
            }
        }
    }

    public ApiObject get(String key) {
        return items.get(key);
    }

    public int size() {
        return items.size();
    }

    /** Every cached object (no defined order: use indexes or sort for output). */
    public Collection<ApiObject> values() {
        return Collections.unmodifiableCollection(items.values());
    }

    /** Keys whose index {@code name} has {@code value}, in insertion order (read-only view). */
    public Set<String> keys(String name, String value) {
        LinkedHashSet<String> set = indices.get(name).get(value);
        return set == null ? Collections.emptySet() : Collections.unmodifiableSet(set);
    }

    /** Adds or replaces an object; returns the old one or null. */
    public ApiObject put(ApiObject object) {
        ApiObject old = items.put(object.key(), object);
        for (Map.Entry<String, Function<ApiObject, String>> e : indexFuncs.entrySet()) {
            String before = old == null ? null : e.getValue().apply(old);
            String after = e.getValue().apply(object);
            if (before != null && before.equals(after)) {
                continue;
            }
            HashMap<String, LinkedHashSet<String>> index = indices.get(e.getKey());
            if (before != null) {
                remove(index, before, object.key());
            }
            if (after != null) {
                index.computeIfAbsent(after, k -> new LinkedHashSet<>()).add(object.key());
            }
        }
        return old;
    }

    /** Removes a key; returns the old object or null. */
    public ApiObject delete(String key) {
        ApiObject old = items.remove(key);
        if (old != null) {
            for (Map.Entry<String, Function<ApiObject, String>> e : indexFuncs.entrySet()) {
                String before = e.getValue().apply(old);
                if (before != null) {
                    remove(indices.get(e.getKey()), before, key);
                }
            }
        }
        return old;
    }

    private static void remove(HashMap<String, LinkedHashSet<String>> index, String value, String key) {
        LinkedHashSet<String> set = index.get(value);
        if (set != null) {
            set.remove(key);
            if (set.isEmpty()) {
                index.remove(value);
            }
        }
    }
}
