package dev.podium.world.gc;

import java.util.Arrays;

/**
 * Bytes by the mutator time they die: eden's live content, merged so that bytes dying at the same moment are one
 * entry however many requests allocated them. An open-addressing table of {@code long} keys; reading it back gives
 * the entries in order of death, so what is built from it does not depend on the table's layout. Not thread-safe.
 */
final class CohortMap {
    private long[] keys = new long[64];
    private long[] values = new long[64];
    private boolean[] used = new boolean[64];
    private int size;
    private long total;

    /** Adds {@code bytes} dying at {@code deathNanos}. */
    void add(long deathNanos, long bytes) {
        if (bytes <= 0) {
            return;
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = hash(deathNanos) & mask;
        while (used[i] && keys[i] != deathNanos) {
            i = (i + 1) & mask;
        }
        if (!used[i]) {
            used[i] = true;
            keys[i] = deathNanos;
            size++;
        }
        values[i] += bytes;
        total += bytes;
    }

    int size() {
        return size;
    }

    /** Every byte added since the last {@link #clear}. */
    long totalBytes() {
        return total;
    }

    /** Bytes still live at mutator time {@code nowNanos}. */
    long liveAt(long nowNanos) {
        long live = 0;
        for (int i = 0; i < keys.length; i++) {
            if (used[i] && keys[i] > nowNanos) {
                live += values[i];
            }
        }
        return live;
    }

    /** The entries as {death, bytes} pairs, earliest death first. */
    long[][] sorted() {
        long[] deaths = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                deaths[n++] = keys[i];
            }
        }
        Arrays.sort(deaths);
        long[][] out = new long[size][];
        for (int k = 0; k < size; k++) {
            out[k] = new long[] {deaths[k], get(deaths[k])};
        }
        return out;
    }

    private long get(long deathNanos) {
        int mask = keys.length - 1;
        int i = hash(deathNanos) & mask;
        while (used[i] && keys[i] != deathNanos) {
            i = (i + 1) & mask;
        }
        return used[i] ? values[i] : 0;
    }

    void clear() {
        if (size > 0) {
            Arrays.fill(used, false);
            Arrays.fill(values, 0);
        }
        size = 0;
        total = 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        long t = total;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                add(oldKeys[i], oldValues[i]);
            }
        }
        total = t;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
