package dev.podium.world.goruntime.state;

import java.util.Arrays;

/**
 * A queue of longs (goroutine ids) in chunks of 1,024 that copies in O(chunks): a copy shares every chunk, and
 * whichever side writes a shared chunk first clones it. Adds at the tail and at the head, removes at the head, and
 * removes a given value anywhere (the head in the usual case; elsewhere it shifts the rest, which only a select's
 * other cases and a re-queued waiter need).
 */
public final class CowLongDeque {
    private static final int SHIFT = 10;
    private static final int SIZE = 1 << SHIFT;
    private static final int MASK = SIZE - 1;

    private long[][] chunks = new long[0][];
    private boolean[] owned = new boolean[0];
    /** Absolute indexes; element i is at chunks[(i - base) >> SHIFT]. */
    private long head;
    private long tail;
    private long base;

    /** An empty queue. */
    public CowLongDeque() {
    }

    /** An independent copy that shares chunks until either side writes. */
    public CowLongDeque copy() {
        CowLongDeque c = new CowLongDeque();
        c.chunks = chunks.clone();
        c.owned = new boolean[chunks.length];
        Arrays.fill(owned, false);
        c.head = head;
        c.tail = tail;
        c.base = base;
        return c;
    }

    public int size() {
        return (int) (tail - head);
    }

    public boolean isEmpty() {
        return tail == head;
    }

    /** The i-th element from the head. */
    public long get(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException(i + " of " + size());
        }
        long at = head + i - base;
        return chunks[(int) (at >> SHIFT)][(int) (at & MASK)];
    }

    public void addLast(long v) {
        long at = tail - base;
        int c = (int) (at >> SHIFT);
        if (c >= chunks.length) {
            chunks = Arrays.copyOf(chunks, Math.max(c + 1, chunks.length * 2));
            owned = Arrays.copyOf(owned, chunks.length);
        }
        writable(c)[(int) (at & MASK)] = v;
        tail++;
    }

    public void addFirst(long v) {
        if (head == base) {
            // make room: one new chunk in front
            long[][] grown = new long[chunks.length + 1][];
            System.arraycopy(chunks, 0, grown, 1, chunks.length);
            boolean[] grownOwned = new boolean[grown.length];
            System.arraycopy(owned, 0, grownOwned, 1, owned.length);
            chunks = grown;
            owned = grownOwned;
            base -= SIZE;
        }
        head--;
        long at = head - base;
        writable((int) (at >> SHIFT))[(int) (at & MASK)] = v;
    }

    public long removeFirst() {
        if (isEmpty()) {
            throw new IllegalStateException("empty");
        }
        long v = get(0);
        head++;
        if (head == tail) {
            head = 0;
            tail = 0;
            base = 0;
            chunks = new long[0][];
            owned = new boolean[0];
        } else if (head - base >= SIZE) {
            // drop the first chunk
            chunks = Arrays.copyOfRange(chunks, 1, chunks.length);
            owned = Arrays.copyOfRange(owned, 1, owned.length);
            base += SIZE;
        }
        return v;
    }

    /** Removes the first occurrence of {@code v}; false if absent. */
    public boolean remove(long v) {
        int n = size();
        if (n > 0 && get(0) == v) {
            removeFirst();
            return true;
        }
        for (int i = 1; i < n; i++) {
            if (get(i) == v) {
                for (int k = i; k < n - 1; k++) {
                    set(k, get(k + 1));
                }
                tail--;
                return true;
            }
        }
        return false;
    }

    private void set(int i, long v) {
        long at = head + i - base;
        writable((int) (at >> SHIFT))[(int) (at & MASK)] = v;
    }

    private long[] writable(int c) {
        long[] chunk = chunks[c];
        if (chunk == null) {
            chunk = new long[SIZE];
            chunks[c] = chunk;
            owned[c] = true;
        } else if (!owned[c]) {
            chunk = chunk.clone();
            chunks[c] = chunk;
            owned[c] = true;
        }
        return chunk;
    }

    /** The elements, head first. */
    public long[] toArray() {
        long[] out = new long[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = get(i);
        }
        return out;
    }
}
