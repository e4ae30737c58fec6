package dev.podium.world.gc;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The heap's table of equal regions: each region's kind and the free list. Free regions are handed out as G1's
 * free list does (HeapRegionManager::allocate_free_region): young regions from the high end, old ones from the low
 * end, so old data gathers at the bottom of the heap and young at the top. Kernel thread only.
 */
final class RegionTable {
    final long regionBytes;
    final int regionCount;
    private final RegionKind[] kinds;
    private final BitSet free = new BitSet();

    RegionTable(long regionBytes, int regionCount) {
        this.regionBytes = regionBytes;
        this.regionCount = regionCount;
        this.kinds = new RegionKind[regionCount];
        Arrays.fill(kinds, RegionKind.FREE);
        free.set(0, regionCount);
    }

    RegionKind kind(int r) {
        return kinds[r];
    }

    /** Region {@code r}, already off the free list, is now of {@code kind}. */
    void assign(int r, RegionKind kind) {
        kinds[r] = kind;
    }

    /** Region {@code r} goes back to the free list. */
    void release(int r) {
        kinds[r] = RegionKind.FREE;
        free.set(r);
    }

    boolean hasFree() {
        return !free.isEmpty();
    }

    int freeCount() {
        return free.cardinality();
    }

    /** The first free region at or after {@code from}, or -1. */
    int nextFree(int from) {
        return free.nextSetBit(from);
    }

    /** The first region at or after {@code from} that is not free. */
    int nextUsed(int from) {
        return free.nextClearBit(from);
    }

    /** Takes region {@code r} off the free list. */
    void take(int r) {
        free.clear(r);
    }

    /** Takes the highest free region (young regions come from the top). */
    int takeFromTop() {
        int r = free.previousSetBit(regionCount - 1);
        if (r < 0) {
            throw new IllegalStateException("no free region");
        }
        free.clear(r);
        return r;
    }

    /** Takes the lowest free region (old regions come from the bottom). */
    int takeFromBottom() {
        int r = free.nextSetBit(0);
        if (r < 0) {
            throw new IllegalStateException("no free region");
        }
        free.clear(r);
        return r;
    }

    /** The region table, run-length encoded. */
    String encode() {
        return RegionMap.encode(kinds);
    }
}
