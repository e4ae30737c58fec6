package dev.podium.world.kube.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * A String-keyed map with copy-on-write shards, for state that must be copied cheaply. Entries live in
 * {@code 2^k} shards (a TreeMap each, ~64 entries on average; the shard count doubles as the map grows).
 * {@link #copy()} copies only the shard array, O(n / 64), and marks every shard shared in both maps; the first
 * write to a shared shard clones that shard (~64 entries). So a copy and its original never see each other's
 * changes, and a checkpoint after k writes costs at most k shard clones.
 *
 * <p>Values should be immutable (records). Iteration order is shard by shard, keys sorted within a shard: fixed for
 * a given content, but not globally sorted (use {@link #sortedKeys()}). Not thread-safe.
 *
 * @param <V> value type
 */
public final class CowMap<V> {
    private static final int TARGET_PER_SHARD = 64;

    private TreeMap<String, V>[] shards;
    private boolean[] owned;
    private int size;

    public CowMap() {
        shards = newShards(16);
        owned = new boolean[16];
        Arrays.fill(owned, true);
    }

    private CowMap(CowMap<V> other) {
        shards = other.shards.clone();
        owned = new boolean[shards.length];
        other.owned = new boolean[shards.length];
        size = other.size;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <V> TreeMap<String, V>[] newShards(int n) {
        TreeMap<String, V>[] s = (TreeMap<String, V>[]) new TreeMap[n];
        for (int i = 0; i < n; i++) {
            s[i] = new TreeMap<>();
        }
        return s;
    }

    /** An independent copy sharing every shard until either side writes to it. */
    public CowMap<V> copy() {
        return new CowMap<>(this);
    }

    private int index(String key) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & (shards.length - 1);
    }

    public V get(String key) {
        return shards[index(key)].get(key);
    }

    public int size() {
        return size;
    }

    /** Number of shards (what a copy costs). */
    public int shardCount() {
        return shards.length;
    }

    private TreeMap<String, V> writable(int i) {
        if (!owned[i]) {
            shards[i] = new TreeMap<>(shards[i]);
            owned[i] = true;
        }
        return shards[i];
    }

    public void put(String key, V value) {
        V old = writable(index(key)).put(key, value);
        if (old == null) {
            size++;
            if (size > shards.length * TARGET_PER_SHARD * 2) {
                grow();
            }
        }
    }

    public V remove(String key) {
        int i = index(key);
        if (!shards[i].containsKey(key)) {
            return null;
        }
        V old = writable(i).remove(key);
        size--;
        return old;
    }

    private void grow() {
        TreeMap<String, V>[] old = shards;
        shards = newShards(old.length * 2);
        owned = new boolean[shards.length];
        Arrays.fill(owned, true);
        for (TreeMap<String, V> s : old) {
            for (Map.Entry<String, V> e : s.entrySet()) {
                shards[index(e.getKey())].put(e.getKey(), e.getValue());
            }
        }
    }

    public void forEach(BiConsumer<String, V> action) {
        for (TreeMap<String, V> s : shards) {
            s.forEach(action);
        }
    }

    /** All values, shard order. */
    public List<V> values() {
        List<V> out = new ArrayList<>(size);
        for (TreeMap<String, V> s : shards) {
            out.addAll(s.values());
        }
        return out;
    }

    /** All keys sorted. */
    public List<String> sortedKeys() {
        List<String> out = new ArrayList<>(size);
        for (TreeMap<String, V> s : shards) {
            out.addAll(s.keySet());
        }
        out.sort(null);
        return out;
    }
}
