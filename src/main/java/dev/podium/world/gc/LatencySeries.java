package dev.podium.world.gc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The latency percentiles over time, one point per tally, in time order: what the latency panel draws. Append-only,
 * in chunks; a copy shares the full chunks (they never change again) and clones only the last, so a checkpoint of a
 * long run costs a few hundred references, not the whole history. Not thread-safe.
 */
public final class LatencySeries {
    /** The sliding-window percentiles at one time; all in nanoseconds, 0 when the window had no completions. */
    public record Point(long timeNanos, long p50Nanos, long p99Nanos, long p999Nanos, long maxNanos, int waiting) {
    }

    private static final int CHUNK = 512;

    private final List<Point[]> chunks;
    private int size;

    LatencySeries() {
        chunks = new ArrayList<>();
    }

    LatencySeries(LatencySeries other) {
        chunks = new ArrayList<>(other.chunks);
        size = other.size;
        if (size % CHUNK != 0) {
            int last = chunks.size() - 1;
            chunks.set(last, Arrays.copyOf(chunks.get(last), CHUNK));
        }
    }

    void add(Point p) {
        if (size % CHUNK == 0) {
            chunks.add(new Point[CHUNK]);
        }
        chunks.get(size / CHUNK)[size % CHUNK] = p;
        size++;
    }

    public int size() {
        return size;
    }

    public Point get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return chunks.get(index / CHUNK)[index % CHUNK];
    }

    /** The index of the last point at or before {@code tNanos}, or -1 if none. */
    public int indexAtOrBefore(long tNanos) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (get(mid).timeNanos() <= tNanos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
