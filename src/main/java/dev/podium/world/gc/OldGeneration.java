package dev.podium.world.gc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The old regions and what lives in them: where promotions, mixed collections and compaction put bytes (blended, so
 * an old region holds a mix of lifetimes as promoted objects do), which regions are worth a mixed collection, and
 * which are empty after marking. Humongous regions are not here ({@link HumongousObjects}). Kernel thread only.
 */
final class OldGeneration {
    private final RegionTable table;
    private final OldRegion[] old;
    /** The old region promotions and compaction are filling, or -1. */
    private int allocRegion = -1;
    /** The most old regions evacuation may fill (the Parallel collector's old generation); all by default. */
    private int regionLimit = Integer.MAX_VALUE;
    private boolean compacting;
    private long bytes;
    private int regions;
    /** The regions that received bytes since {@link #startTracking}: where an evacuation put its live objects. */
    private final BitSet filled = new BitSet();

    OldGeneration(RegionTable table) {
        this.table = table;
        this.old = new OldRegion[table.regionCount];
    }

    /** Bytes in old regions, live or not. */
    long bytes() {
        return bytes;
    }

    int regions() {
        return regions;
    }

    void setRegionLimit(int limit) {
        regionLimit = limit;
    }

    /** Whether region {@code r} is an old region. */
    boolean isOld(int r) {
        return old[r] != null;
    }

    long liveBytes(long nowNanos) {
        long live = 0;
        for (OldRegion region : old) {
            if (region != null) {
                live += region.liveAt(nowNanos);
            }
        }
        return live;
    }

    /** Whether {@code size} more bytes fit in the region being filled and the free regions. */
    boolean fits(long size) {
        long room = (long) table.freeCount() * table.regionBytes;
        if (allocRegion >= 0) {
            room += table.regionBytes - old[allocRegion].used();
        }
        return size <= room;
    }

    /**
     * Places {@code cohorts} in old regions blended: each region they fill gets the same share of every cohort.
     * Returns what found no room, by cohort.
     */
    List<Cohort> placeBlended(List<Cohort> cohorts) {
        List<Cohort> merged = mergeByDeath(cohorts);
        long total = 0;
        for (Cohort c : merged) {
            total += c.bytes;
        }
        long[] rest = new long[merged.size()];
        for (int i = 0; i < rest.length; i++) {
            rest[i] = merged.get(i).bytes;
        }
        long regionBytes = table.regionBytes;
        while (total > 0) {
            if (allocRegion < 0 || old[allocRegion].used() == regionBytes) {
                if (!table.hasFree() || (!compacting && regions >= regionLimit)) {
                    break;
                }
                allocRegion = table.takeFromBottom();
                adopt(allocRegion);
            }
            OldRegion region = old[allocRegion];
            long share = Math.min(regionBytes - region.used(), total);
            long given = 0;
            for (int i = 0; i < rest.length && given < share; i++) {
                if (rest[i] == 0) {
                    continue;
                }
                long part = share == total ? rest[i]
                        : Math.min(rest[i], (long) Math.ceil((double) rest[i] * share / total));
                part = Math.min(part, share - given);
                region.add(merged.get(i).deathNanos, part);
                rest[i] -= part;
                given += part;
            }
            bytes += given;
            total -= given;
            if (given > 0) {
                filled.set(allocRegion);
            }
        }
        List<Cohort> failed = new ArrayList<>();
        for (int i = 0; i < rest.length; i++) {
            if (rest[i] > 0) {
                failed.add(new Cohort(merged.get(i).deathNanos, rest[i], 0));
            }
        }
        return failed;
    }

    /** Forgets which regions received bytes; {@link #filledSinceTracking} says it from now on. */
    void startTracking() {
        filled.clear();
    }

    /** The old regions that received bytes since {@link #startTracking} and are still old. */
    BitSet filledSinceTracking() {
        BitSet still = (BitSet) filled.clone();
        for (int r = still.nextSetBit(0); r >= 0; r = still.nextSetBit(r + 1)) {
            if (old[r] == null) {
                still.clear(r);
            }
        }
        return still;
    }

    /** Region {@code r}, off the free list, becomes an empty old region. */
    private void adopt(int r) {
        table.assign(r, RegionKind.OLD);
        old[r] = new OldRegion();
        regions++;
    }

    /** The cohorts with equal deaths merged (ages forgotten), earliest death first. */
    private static List<Cohort> mergeByDeath(List<Cohort> cohorts) {
        List<Cohort> sorted = new ArrayList<>(cohorts);
        sorted.sort((a, b) -> Long.compare(a.deathNanos, b.deathNanos));
        List<Cohort> merged = new ArrayList<>();
        for (Cohort c : sorted) {
            Cohort last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.deathNanos == c.deathNanos) {
                merged.set(merged.size() - 1, new Cohort(c.deathNanos, last.bytes + c.bytes, 0));
            } else {
                merged.add(c);
            }
        }
        return merged;
    }

    /**
     * A mixed collection of old region {@code r}: its live bytes move to other old regions and it is freed. Skipped
     * (returns -1) for the region being filled, a region no longer old, or when the live bytes would not fit.
     * Returns the bytes copied.
     */
    long evacuate(int r, long nowNanos) {
        OldRegion content = old[r];
        if (content == null || r == allocRegion || !fits(content.liveAt(nowNanos))) {
            return -1;
        }
        List<Cohort> moving = new ArrayList<>();
        content.addLiveCohorts(nowNanos, moving);
        long copied = 0;
        for (Cohort c : moving) {
            copied += c.bytes;
        }
        free(r);
        placeBlended(moving); // it fits: fits() said so
        return copied;
    }

    /**
     * Evacuation failed for {@code failed} ({@code failedBytes} in all): they stay in place, packed into the lowest
     * of {@code youngRegions}, which become old; the other young regions are freed.
     */
    void retainInPlace(List<Integer> youngRegions, List<Cohort> failed, long failedBytes) {
        long retainedCapacity = 0;
        for (int r : youngRegions) {
            if (retainedCapacity < failedBytes) {
                adopt(r);
                retainedCapacity += table.regionBytes;
            } else {
                table.release(r);
            }
        }
        int retained = 0;
        for (Cohort c : failed) {
            long rest = c.bytes;
            while (rest > 0) {
                int r = youngRegions.get(retained);
                long part = Math.min(table.regionBytes - old[r].used(), rest);
                old[r].add(c.deathNanos, part);
                bytes += part;
                rest -= part;
                if (old[r].used() == table.regionBytes) {
                    retained++;
                }
            }
        }
    }

    /**
     * Old regions worth collecting after marking from mutator time {@code markStartNanos}: those less than
     * {@code liveThresholdPercent} live, most garbage first (then lowest index), never the region being filled.
     * Returns {region, liveBytes} pairs.
     */
    List<long[]> mixedCandidates(long markStartNanos, int liveThresholdPercent) {
        List<long[]> candidates = new ArrayList<>();
        for (int r = 0; r < old.length; r++) {
            if (old[r] != null && r != allocRegion) {
                long live = old[r].liveAt(markStartNanos);
                if (live * 100 < table.regionBytes * liveThresholdPercent) {
                    candidates.add(new long[] {r, live});
                }
            }
        }
        candidates.sort((a, b) -> a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[0], b[0]));
        return candidates;
    }

    /** Frees the old regions with nothing live at mutator time {@code nowNanos}; returns how many. */
    int freeEmpty(long nowNanos) {
        int freed = 0;
        for (int r = 0; r < old.length; r++) {
            if (old[r] != null && old[r].liveAt(nowNanos) == 0) {
                free(r);
                freed++;
            }
        }
        return freed;
    }

    private void free(int r) {
        bytes -= old[r].used();
        old[r] = null;
        regions--;
        table.release(r);
        if (r == allocRegion) {
            allocRegion = -1;
        }
    }

    /** Every group live at mutator time {@code nowNanos}, region by region, as age-0 cohorts. */
    List<Cohort> liveCohorts(long nowNanos) {
        List<Cohort> live = new ArrayList<>();
        for (OldRegion region : old) {
            if (region != null) {
                region.addLiveCohorts(nowNanos, live);
            }
        }
        return live;
    }

    /** Forgets every old region (their table entries are the caller's), then slides {@code live} to the bottom. */
    long compactInto(List<Cohort> live) {
        Arrays.fill(old, null);
        allocRegion = -1;
        bytes = 0;
        regions = 0;
        long total = 0;
        for (Cohort c : live) {
            total += c.bytes;
        }
        long lost = 0;
        compacting = true;
        for (Cohort c : placeBlended(live)) {
            lost += c.bytes;
        }
        compacting = false;
        return total - lost;
    }
}
