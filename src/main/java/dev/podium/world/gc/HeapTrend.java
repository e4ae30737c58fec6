package dev.podium.world.gc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The heap in use over time, one point wherever a collection starts or ends (a pause, a concurrent ZGC or Go cycle),
 * in time order: joined up, they draw the saw-tooth of a collected heap, and the points flagged {@code afterGc} are
 * the "heap after GC" a tuner reads first. Append-only, in chunks, copied like {@link LatencySeries}. Not
 * thread-safe.
 */
public final class HeapTrend {
    /** The heap in use at one time, in bytes; {@code afterGc} when a collection just ended there. */
    public record Point(long timeNanos, long usedBytes, boolean afterGc) {
    }

    private static final int CHUNK = 512;

    private final List<Point[]> chunks;
    private int size;

    HeapTrend() {
        chunks = new ArrayList<>();
    }

    HeapTrend(HeapTrend other) {
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
}
