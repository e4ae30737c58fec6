package dev.podium.world.kube.control;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;

/**
 * ControllerExpectations (k/k pkg/controller/controller_utils.go): before creating or deleting pods a ReplicaSet
 * records what it expects to see; informer handlers lower the counts as the pods appear or go. The controller
 * only acts again once its expectations are met, or after 5 minutes, so a lagging cache never double-creates.
 * Kernel thread only.
 */
final class Expectations {
    static final long TIMEOUT_NANOS = 5 * 60 * 1_000_000_000L;

    private static final class Entry {
        int adds;
        final Set<String> deletes = new HashSet<>();
        long timestampNanos;
    }

    private final HashMap<String, Entry> entries = new HashMap<>();

    boolean satisfied(String key, long nowNanos) {
        Entry e = entries.get(key);
        return e == null || (e.adds <= 0 && e.deletes.isEmpty()) || nowNanos - e.timestampNanos > TIMEOUT_NANOS;
    }

    void expectCreations(String key, int n, long nowNanos) {
        Entry e = entries.computeIfAbsent(key, k -> new Entry());
        e.adds = n;
        e.deletes.clear();
        e.timestampNanos = nowNanos;
    }

    void expectDeletions(String key, Set<String> podKeys, long nowNanos) {
        Entry e = entries.computeIfAbsent(key, k -> new Entry());
        e.adds = 0;
        e.deletes.clear();
        e.deletes.addAll(podKeys);
        e.timestampNanos = nowNanos;
    }

    void creationObserved(String key) {
        Entry e = entries.get(key);
        if (e != null) {
            e.adds--;
        }
    }

    void deletionObserved(String key, String podKey) {
        Entry e = entries.get(key);
        if (e != null) {
            e.deletes.remove(podKey);
        }
    }

    void delete(String key) {
        entries.remove(key);
    }
}
