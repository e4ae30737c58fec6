package dev.podium.world.kube.custom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The custom-resource part of the Kubernetes state, folded by {@link CustomFold}: the CRDs registered (name →
 * {@code Kind (apiVersion, scope)}), the custom objects and Secrets by {@code Kind namespace/name}, and the owner of
 * every object that has an owner reference ({@code Kind namespace/name} → owner's {@code Kind namespace/name}),
 * and the Deployments and ReplicaSets held by a foreground or orphan delete.
 * Custom objects are few, so a copy copies the maps (the views are immutable records). Not thread-safe.
 */
public final class CustomState {
    final TreeMap<String, String> crds;
    final TreeMap<String, CustomObjectView> objects;
    final TreeMap<String, String> owners;
    final TreeMap<String, BuiltinDeletionView> deletions;
    long garbageCollected;

    public CustomState() {
        crds = new TreeMap<>();
        objects = new TreeMap<>();
        owners = new TreeMap<>();
        deletions = new TreeMap<>();
    }

    private CustomState(CustomState o) {
        crds = new TreeMap<>(o.crds);
        objects = new TreeMap<>(o.objects);
        owners = new TreeMap<>(o.owners);
        deletions = new TreeMap<>(o.deletions);
        garbageCollected = o.garbageCollected;
    }

    public CustomState copy() {
        return new CustomState(this);
    }

    /** CRDs by name, each as {@code Kind (group/version, Scope)}. */
    public Map<String, String> crds() {
        return Collections.unmodifiableMap(crds);
    }

    /** Every custom object and Secret, sorted by kind then key. */
    public List<CustomObjectView> objects() {
        return new ArrayList<>(objects.values());
    }

    /** The object of {@code kind} at {@code key}, or null. */
    public CustomObjectView object(String kind, String key) {
        return objects.get(kind + " " + key);
    }

    /** The owner ({@code Kind namespace/name}) of the object {@code Kind namespace/name}, or null. */
    public String owner(String kind, String key) {
        return owners.get(kind + " " + key);
    }

    /**
     * The deletion of the Deployment or ReplicaSet ({@code kind}) at {@code key} while a foreground or orphan delete
     * holds it, or null.
     */
    public BuiltinDeletionView deletion(String kind, String key) {
        return deletions.get(kind + " " + key);
    }

    /** How many dependents the garbage collector has deleted. */
    public long garbageCollected() {
        return garbageCollected;
    }
}
