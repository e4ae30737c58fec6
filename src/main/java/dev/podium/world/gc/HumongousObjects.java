package dev.podium.world.gc;

import java.util.ArrayList;
import java.util.List;

/**
 * The humongous objects (more than half a region): each takes a run of contiguous regions, lowest run first, and
 * is never moved; it is freed whole when it is found dead. Kernel thread only.
 */
final class HumongousObjects {
    private final RegionTable table;
    /** {first region, regions, bytes, death}, lowest first region first. */
    private final List<long[]> objects = new ArrayList<>();
    private long bytes;
    private int regions;

    HumongousObjects(RegionTable table) {
        this.table = table;
    }

    long bytes() {
        return bytes;
    }

    int regions() {
        return regions;
    }

    /**
     * Allocates an object of {@code size} bytes in the lowest run of contiguous free regions it fits; returns its
     * first region, or -1 if no run is long enough.
     */
    int allocate(long size, long deathNanos) {
        int n = (int) Heap.ceilDiv(size, table.regionBytes);
        int start = table.nextFree(0);
        while (start >= 0 && start + n <= table.regionCount) {
            int clear = table.nextUsed(start);
            if (clear - start >= n) {
                for (int r = start; r < start + n; r++) {
                    table.take(r);
                    table.assign(r, RegionKind.HUMONGOUS);
                }
                objects.add(new long[] {start, n, size, deathNanos});
                objects.sort((a, b) -> Long.compare(a[0], b[0]));
                bytes += size;
                regions += n;
                return start;
            }
            start = table.nextFree(clear);
        }
        return -1;
    }

    /** Frees every object dead at mutator time {@code nowNanos}; returns {regions, bytes} freed. */
    long[] reclaimDead(long nowNanos) {
        long freedRegions = 0;
        long freedBytes = 0;
        for (int i = objects.size() - 1; i >= 0; i--) {
            long[] h = objects.get(i);
            if (h[3] <= nowNanos) {
                for (int r = (int) h[0]; r < h[0] + h[1]; r++) {
                    table.release(r);
                }
                freedRegions += h[1];
                freedBytes += h[2];
                objects.remove(i);
            }
        }
        bytes -= freedBytes;
        regions -= (int) freedRegions;
        return new long[] {freedRegions, freedBytes};
    }

    long liveBytes(long nowNanos) {
        long live = 0;
        for (long[] h : objects) {
            live += h[3] > nowNanos ? h[2] : 0;
        }
        return live;
    }
}
