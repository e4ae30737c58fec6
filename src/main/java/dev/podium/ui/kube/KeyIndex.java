package dev.podium.ui.kube;

import static dev.podium.ui.kube.CowChunks.MASK;

/**
 * String keys to non-negative ints (pod keys to pod ids for {@link ClusterModel}), in an open-addressing hash table
 * whose slots live in {@link CowChunks}: {@link #copy()} shares every chunk of slots until written, so a copy costs
 * capacity / 64 references, and an insert or removal afterwards clones a chunk or two. Linear probing from a
 * Fibonacci hash of {@link String#hashCode()}; removal shifts later keys of the cluster back instead of leaving
 * tombstones (Knuth, TAOCP vol. 3, section 6.4, Algorithm R), so lookups never slow down with churn. At most three
 * quarters full; the table doubles, never shrinks. Toolkit-free, not thread-safe.
 */
final class KeyIndex {
    private static final int MIN_BITS = 6;

    private CowChunks<String[]> keys;
    private CowChunks<int[]> values;
    /** log2 of the number of slots. */
    private int bits;
    private int size;

    KeyIndex() {
        keys = CowChunks.strings();
        values = CowChunks.ints();
        bits = MIN_BITS;
    }

    private KeyIndex(KeyIndex o) {
        keys = o.keys.copy();
        values = o.values.copy();
        bits = o.bits;
        size = o.size;
    }

    /** An independent copy (slot chunks shared until written). */
    KeyIndex copy() {
        return new KeyIndex(this);
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or -1. */
    int get(String key) {
        int s = find(key);
        return s < 0 ? -1 : values.read(s)[s & MASK];
    }

    /** Maps {@code key} to {@code value} (replacing any value it had). */
    void put(String key, int value) {
        int s = find(key);
        if (s < 0) {
            if ((size + 1) * 4L > 3L << bits) {
                grow();
            }
            s = home(key);
            while (keyAt(s) != null) {
                s = next(s);
            }
            keys.write(s)[s & MASK] = key;
            size++;
        }
        values.write(s)[s & MASK] = value;
    }

    /** Removes {@code key}; returns its value, or -1 if it had none. */
    int remove(String key) {
        int hole = find(key);
        if (hole < 0) {
            return -1;
        }
        int value = values.read(hole)[hole & MASK];
        for (int j = next(hole); keyAt(j) != null; j = next(j)) {
            String k = keyAt(j);
            int mask = (1 << bits) - 1;
            // k may fill the hole unless its home lies cyclically after the hole, up to j
            if (((j - home(k)) & mask) >= ((j - hole) & mask)) {
                keys.write(hole)[hole & MASK] = k;
                values.write(hole)[hole & MASK] = values.read(j)[j & MASK];
                hole = j;
            }
        }
        keys.write(hole)[hole & MASK] = null;
        size--;
        return value;
    }

    /** The slot holding {@code key}, or -1. */
    private int find(String key) {
        for (int s = home(key); ; s = next(s)) {
            String k = keyAt(s);
            if (k == null) {
                return -1;
            }
            if (k.equals(key)) {
                return s;
            }
        }
    }

    private String keyAt(int slot) {
        String[] chunk = keys.read(slot);
        return chunk == null ? null : chunk[slot & MASK];
    }

    private int home(String key) {
        return (key.hashCode() * 0x9E3779B9) >>> (32 - bits);
    }

    private int next(int slot) {
        return (slot + 1) & ((1 << bits) - 1);
    }

    private void grow() {
        CowChunks<String[]> oldKeys = keys;
        CowChunks<int[]> oldValues = values;
        int oldSlots = 1 << bits;
        keys = CowChunks.strings();
        values = CowChunks.ints();
        bits++;
        for (int s = 0; s < oldSlots; s++) {
            String[] chunk = oldKeys.read(s);
            String k = chunk == null ? null : chunk[s & MASK];
            if (k != null) {
                int t = home(k);
                while (keyAt(t) != null) {
                    t = next(t);
                }
                keys.write(t)[t & MASK] = k;
                values.write(t)[t & MASK] = oldValues.read(s)[s & MASK];
            }
        }
    }
}
