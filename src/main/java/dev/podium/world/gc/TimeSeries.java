package dev.podium.world.gc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Points in time order, append-only, in chunks: a copy shares the full chunks (they never change again) and clones
 * only the last, so a checkpoint of a long run costs a few hundred references, not the whole history. The base of
 * {@link HeapTrend} and {@link LatencySeries}. Not thread-safe.
 *
 * @param <P> the point
 */
public abstract class TimeSeries<P> {
    private static final int CHUNK = 512;

    private final List<Object[]> chunks;
    private int size;

    TimeSeries() {
        chunks = new ArrayList<>();
    }

    TimeSeries(TimeSeries<P> other) {
        chunks = new ArrayList<>(other.chunks);
        size = other.size;
        if (size % CHUNK != 0) {
            int last = chunks.size() - 1;
            chunks.set(last, Arrays.copyOf(chunks.get(last), CHUNK));
        }
    }

    /** The time of point {@code p}, in nanoseconds. */
    abstract long timeOf(P p);

    void add(P p) {
        if (size % CHUNK == 0) {
            chunks.add(new Object[CHUNK]);
        }
        chunks.get(size / CHUNK)[size % CHUNK] = p;
        size++;
    }

    public int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    public P get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return (P) chunks.get(index / CHUNK)[index % CHUNK];
    }

    /** The index of the last point at or before {@code tNanos}, or -1 if none. */
    public int indexAtOrBefore(long tNanos) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (timeOf(get(mid)) <= tNanos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
