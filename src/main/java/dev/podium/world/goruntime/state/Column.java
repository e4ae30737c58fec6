package dev.podium.world.goruntime.state;

import java.util.Arrays;

/**
 * A growable array indexed from 0 in chunks of 1,024 that copies in O(chunks), like {@link CowLongDeque}: one per
 * per-goroutine (or per-channel) attribute, so a checkpoint of a million goroutines copies about a thousand
 * references per column. Elements are ints, longs or references, one kind per column.
 */
final class Column {
    private static final int SHIFT = 10;
    private static final int SIZE = 1 << SHIFT;
    private static final int MASK = SIZE - 1;

    private final char kind;
    private Object[] chunks = new Object[0];
    private boolean[] owned = new boolean[0];

    private Column(char kind) {
        this.kind = kind;
    }

    static Column ints() {
        return new Column('i');
    }

    static Column longs() {
        return new Column('l');
    }

    static Column refs() {
        return new Column('o');
    }

    Column copy() {
        Column c = new Column(kind);
        c.chunks = chunks.clone();
        c.owned = new boolean[chunks.length];
        Arrays.fill(owned, false);
        return c;
    }

    int getInt(int i) {
        int c = i >> SHIFT;
        return c < chunks.length && chunks[c] != null ? ((int[]) chunks[c])[i & MASK] : 0;
    }

    long getLong(int i) {
        int c = i >> SHIFT;
        return c < chunks.length && chunks[c] != null ? ((long[]) chunks[c])[i & MASK] : 0;
    }

    Object get(int i) {
        int c = i >> SHIFT;
        return c < chunks.length && chunks[c] != null ? ((Object[]) chunks[c])[i & MASK] : null;
    }

    void setInt(int i, int v) {
        ((int[]) writable(i >> SHIFT))[i & MASK] = v;
    }

    void setLong(int i, long v) {
        ((long[]) writable(i >> SHIFT))[i & MASK] = v;
    }

    void set(int i, Object v) {
        ((Object[]) writable(i >> SHIFT))[i & MASK] = v;
    }

    private Object writable(int c) {
        if (c >= chunks.length) {
            int n = Math.max(c + 1, chunks.length * 2);
            chunks = Arrays.copyOf(chunks, n);
            owned = Arrays.copyOf(owned, n);
        }
        Object chunk = chunks[c];
        if (chunk == null) {
            chunk = kind == 'i' ? new int[SIZE] : kind == 'l' ? new long[SIZE] : new Object[SIZE];
            chunks[c] = chunk;
            owned[c] = true;
        } else if (!owned[c]) {
            chunk = kind == 'i' ? ((int[]) chunk).clone() : kind == 'l' ? ((long[]) chunk).clone()
                    : ((Object[]) chunk).clone();
            chunks[c] = chunk;
            owned[c] = true;
        }
        return chunk;
    }
}
