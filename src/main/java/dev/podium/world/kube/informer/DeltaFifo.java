package dev.podium.world.kube.informer;

import dev.podium.world.kube.api.ApiObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * client-go's DeltaFIFO (tools/cache/delta_fifo.go): per key a list of deltas, the key queued once; a pop
 * returns every delta accumulated for the key, oldest first. Only two consecutive Deleted collapse
 * (dedupDeltas). Replace (relist) queues Replaced for each listed object and a tombstone Deleted for each known
 * key that is missing; Resync queues Sync for known keys with nothing queued.
 *
 * <p>Client-go 1.33+ uses RealFIFO by default (InOrderInformers); this is the older, still-available DeltaFIFO
 * with EmitDeltaTypeReplaced. Kernel thread only.
 */
public final class DeltaFifo {
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private final HashMap<String, ArrayList<Delta>> items = new HashMap<>();

    /** Queues one delta. */
    public void add(String type, ApiObject object, boolean tombstone) {
        String key = object.key();
        ArrayList<Delta> deltas = items.get(key);
        if (deltas == null) {
            deltas = new ArrayList<>(2);
            items.put(key, deltas);
            queue.addLast(key);
        }
        Delta delta = new Delta(type, object, tombstone);
        if (!deltas.isEmpty() && Delta.DELETED.equals(type)) {
            Delta last = deltas.get(deltas.size() - 1);
            if (Delta.DELETED.equals(last.type())) {
                // isDeletionDup: keep the newer only if the older is a tombstone
                if (last.tombstone()) {
                    deltas.set(deltas.size() - 1, delta);
                }
                return;
            }
        }
        deltas.add(delta);
    }

    /** A relist: Replaced for each listed object, tombstones for {@code known} keys not listed. */
    public void replace(List<ApiObject> listed, Collection<ApiObject> known) {
        Set<String> listedKeys = new HashSet<>();
        for (ApiObject o : listed) {
            listedKeys.add(o.key());
            add(Delta.REPLACED, o, false);
        }
        for (ApiObject o : known) {
            if (!listedKeys.contains(o.key())) {
                add(Delta.DELETED, o, true);
            }
        }
    }

    /** A resync: Sync for each known object whose key has no queued deltas. Returns how many were queued. */
    public int resync(Collection<ApiObject> known) {
        int n = 0;
        for (ApiObject o : known) {
            if (!items.containsKey(o.key())) {
                add(Delta.SYNC, o, false);
                n++;
            }
        }
        return n;
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    public int size() {
        return queue.size();
    }

    /** The next key's deltas (oldest first), removed from the queue; null when empty. */
    public List<Delta> pop() {
        String key = queue.pollFirst();
        return key == null ? null : items.remove(key);
    }
}
