package dev.podium.ui.kube;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A growable array kept as chunks of {@link #SIZE} elements that copies share until one side writes, so the
 * view's fold state can be checkpointed every 2,048 events at 150,000 pods (the scheme of {@code KubeState}'s
 * {@code CowMap}, over primitive arrays). {@link #copy()} copies only the chunk table, length / 64 references, and
 * marks every chunk shared in both arrays; the first write to a shared chunk clones that chunk. A copy and its
 * original never see each other's writes.
 *
 * <p>A chunk {@code C}, an array of {@code SIZE} (primitives, or immutable values), holds the elements of indices
 * {@code k * SIZE} to {@code k * SIZE + MASK}. Element {@code i} is read as {@code read(i)[i & MASK]} and written as
 * {@code write(i)[i & MASK] = v}; a chunk never written reads as null. Keeping one such array per field (not one
 * chunk of all fields) means a write clones only the field it changes. Toolkit-free, not thread-safe.
 *
 * @param <C> the chunk type
 */
final class CowChunks<C> {
    static final int SHIFT = 6;
    static final int SIZE = 1 << SHIFT;
    static final int MASK = SIZE - 1;

    private final Supplier<C> make;
    private final UnaryOperator<C> cloner;
    private Object[] chunks;
    /** owned[k]: chunk k is this array's alone, so it may be written in place. */
    private boolean[] owned;
    /** Chunks from here on were never written. */
    private int used;

    /** An empty array whose chunks are made by {@code make} and cloned by {@code cloner}. */
    CowChunks(Supplier<C> make, UnaryOperator<C> cloner) {
        this.make = make;
        this.cloner = cloner;
        chunks = new Object[4];
        owned = new boolean[4];
    }

    private CowChunks(CowChunks<C> o) {
        make = o.make;
        cloner = o.cloner;
        chunks = Arrays.copyOf(o.chunks, Math.max(1, o.used));
        owned = new boolean[chunks.length];
        used = o.used;
        o.owned = new boolean[o.chunks.length];
    }

    static CowChunks<int[]> ints() {
        return new CowChunks<>(() -> new int[SIZE], int[]::clone);
    }

    static CowChunks<long[]> longs() {
        return new CowChunks<>(() -> new long[SIZE], long[]::clone);
    }

    static CowChunks<byte[]> bytes() {
        return new CowChunks<>(() -> new byte[SIZE], byte[]::clone);
    }

    static CowChunks<boolean[]> booleans() {
        return new CowChunks<>(() -> new boolean[SIZE], boolean[]::clone);
    }

    static CowChunks<String[]> strings() {
        return new CowChunks<>(() -> new String[SIZE], String[]::clone);
    }

    /** An independent copy sharing every chunk until either side writes to it. */
    CowChunks<C> copy() {
        return new CowChunks<>(this);
    }

    /** The chunk holding index {@code i}, to read; null if no index of that chunk was ever written. */
    @SuppressWarnings("unchecked")
    C read(int i) {
        int k = i >>> SHIFT;
        return k < chunks.length ? (C) chunks[k] : null;
    }

    /** The chunk holding index {@code i}, to write: made, or cloned if shared, first. */
    @SuppressWarnings("unchecked")
    C write(int i) {
        int k = i >>> SHIFT;
        if (k >= chunks.length) {
            int length = Math.max(k + 1, chunks.length * 2);
            chunks = Arrays.copyOf(chunks, length);
            owned = Arrays.copyOf(owned, length);
        }
        if (chunks[k] == null) {
            chunks[k] = make.get();
            owned[k] = true;
            used = Math.max(used, k + 1);
        } else if (!owned[k]) {
            chunks[k] = cloner.apply((C) chunks[k]);
            owned[k] = true;
        }
        return (C) chunks[k];
    }
}
