package dev.podium.world.kube.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API server's record of controller owner references: for each dependent (its store and key) the one
 * {@link OwnerReference} it carries in {@code metadata.ownerReferences}. Kept beside the stored objects, so the
 * object records need no owner field; the ReplicaSet → Pod and Deployment → ReplicaSet ownership of the built-in
 * controllers stays in those records and is not listed here. Insertion order, so listings are deterministic.
 * Kernel thread only.
 */
final class OwnerIndex {
    /** A dependent: its store and key. */
    record Dependent(Kind kind, String key) {
    }

    private final Map<Dependent, OwnerReference> owners = new LinkedHashMap<>();

    void put(Kind kind, String key, OwnerReference ref) {
        owners.put(new Dependent(kind, key), ref);
    }

    OwnerReference get(Kind kind, String key) {
        return owners.get(new Dependent(kind, key));
    }

    OwnerReference remove(Kind kind, String key) {
        return owners.remove(new Dependent(kind, key));
    }

    List<Dependent> dependents(Kind ownerStore, String ownerKey) {
        List<Dependent> out = new ArrayList<>();
        for (Map.Entry<Dependent, OwnerReference> e : owners.entrySet()) {
            if (e.getValue().ownerStore() == ownerStore && e.getValue().ownerKey().equals(ownerKey)) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
