package dev.podium.world.gc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The G1 heap as a table of equal regions, and what lives in them: not objects but groups of bytes that were
 * allocated together and die together (a request's temporary data, its session data, its cache entries). Each group
 * knows when it dies, in mutator time (simulated time minus the pauses so far), so whether it is live at a pause is
 * a comparison, and a request's temporary data dies exactly when the request completes.
 *
 * <p>Free regions are handed out as G1's free list does (HeapRegionManager::allocate_free_region): young regions
 * from the high end, old ones from the low end, so old data gathers at the bottom of the heap and young at the top.
 *
 * <p>The mechanics only: where bytes go and which regions they take. When to collect and what to collect is
 * {@link G1Policy}'s and {@link GcModel}'s. Kernel thread only.
 */
final class Heap {
    /** Bytes that die together. {@code age} counts the young pauses they survived. */
    static final class Cohort {
        final long deathNanos;
        final long bytes;
        final int age;

        Cohort(long deathNanos, long bytes, int age) {
            this.deathNanos = deathNanos;
            this.bytes = bytes;
            this.age = age;
        }
    }

    /** What one evacuation pause did, for the pause's cost and event. */
    record Evacuation(long youngBytes, long copiedBytes, long youngCopiedBytes, long promotedBytes,
            long failedBytes, long[] survivorBytesByAge) {
    }

    /** An old region's contents: bytes by the mutator time they die, in the order they arrived. */
    static final class OldRegion {
        private long[] deaths = new long[4];
        private long[] bytes = new long[4];
        private int n;
        private long used;

        void add(long deathNanos, long b) {
            if (n > 0 && deaths[n - 1] == deathNanos) {
                bytes[n - 1] += b;
            } else {
                if (n == deaths.length) {
                    deaths = Arrays.copyOf(deaths, n * 2);
                    bytes = Arrays.copyOf(bytes, n * 2);
                }
                deaths[n] = deathNanos;
                bytes[n] = b;
                n++;
            }
            used += b;
        }

        long used() {
            return used;
        }

        /** Bytes still live at mutator time {@code nowNanos}. */
        long liveAt(long nowNanos) {
            long live = 0;
            for (int i = 0; i < n; i++) {
                if (deaths[i] > nowNanos) {
                    live += bytes[i];
                }
            }
            return live;
        }
    }

    private final long regionBytes;
    private final int regionCount;
    private final RegionKind[] kinds;
    private final OldRegion[] old;
    private final BitSet free = new BitSet();
    private final CohortMap eden = new CohortMap();
    private long edenBytes;
    private int edenRegions;
    private List<Cohort> survivors = new ArrayList<>();
    private long survivorBytes;
    private int survivorRegions;
    /** The old region promotions and compaction are filling, or -1. */
    private int oldAllocRegion = -1;
    /** The most old regions evacuation may fill (the Parallel collector's old generation); all by default. */
    private int oldRegionLimit = Integer.MAX_VALUE;
    private boolean compacting;
    private long oldBytes;
    private int oldRegions;
    /** Humongous objects: {first region, regions, bytes, death}, lowest first region first. */
    private final List<long[]> humongous = new ArrayList<>();
    private long humongousBytes;
    private int humongousRegions;

    Heap(long regionBytes, int regionCount) {
        this.regionBytes = regionBytes;
        this.regionCount = regionCount;
        this.kinds = new RegionKind[regionCount];
        this.old = new OldRegion[regionCount];
        Arrays.fill(kinds, RegionKind.FREE);
        free.set(0, regionCount);
    }

    // ------------------------------------------------------------------ reading

    long regionBytes() {
        return regionBytes;
    }

    int regionCount() {
        return regionCount;
    }

    int freeRegions() {
        return free.cardinality();
    }

    int edenRegions() {
        return edenRegions;
    }

    int survivorRegions() {
        return survivorRegions;
    }

    int oldRegions() {
        return oldRegions;
    }

    long edenBytes() {
        return edenBytes;
    }

    long survivorBytes() {
        return survivorBytes;
    }

    /** Bytes in old regions, live or not: what the initiating threshold is compared with. */
    long oldBytes() {
        return oldBytes;
    }

    /** Bytes in use in every region. */
    long usedBytes() {
        return edenBytes + survivorBytes + oldBytes + humongousBytes;
    }

    long humongousBytes() {
        return humongousBytes;
    }

    int humongousRegions() {
        return humongousRegions;
    }

    /** Old and humongous bytes: the old generation's occupancy, which the initiating threshold is compared with. */
    long occupancyBytes() {
        return oldBytes + humongousBytes;
    }

    /**
     * Allocates a humongous object of {@code bytes} (more than half a region) in the lowest run of contiguous free
     * regions it fits, as old; returns its first region, or -1 if no run is long enough.
     */
    int allocateHumongous(long bytes, long deathNanos) {
        int n = (int) ceilDiv(bytes, regionBytes);
        int start = free.nextSetBit(0);
        while (start >= 0 && start + n <= regionCount) {
            int clear = free.nextClearBit(start);
            if (clear - start >= n) {
                for (int r = start; r < start + n; r++) {
                    free.clear(r);
                    kinds[r] = RegionKind.HUMONGOUS;
                }
                humongous.add(new long[] {start, n, bytes, deathNanos});
                humongous.sort((a, b) -> Long.compare(a[0], b[0]));
                humongousBytes += bytes;
                humongousRegions += n;
                return start;
            }
            start = free.nextSetBit(clear);
        }
        return -1;
    }

    /**
     * Frees every humongous object dead at mutator time {@code nowNanos} (G1's eager reclaim at a young pause, or
     * marking and Full GC); returns {regions, bytes} freed.
     */
    long[] reclaimDeadHumongous(long nowNanos) {
        long regions = 0;
        long bytes = 0;
        for (int i = humongous.size() - 1; i >= 0; i--) {
            long[] h = humongous.get(i);
            if (h[3] <= nowNanos) {
                for (int r = (int) h[0]; r < h[0] + h[1]; r++) {
                    kinds[r] = RegionKind.FREE;
                    free.set(r);
                }
                regions += h[1];
                bytes += h[2];
                humongous.remove(i);
            }
        }
        humongousBytes -= bytes;
        humongousRegions -= (int) regions;
        return new long[] {regions, bytes};
    }

    private long liveHumongousBytes(long nowNanos) {
        long live = 0;
        for (long[] h : humongous) {
            live += h[3] > nowNanos ? h[2] : 0;
        }
        return live;
    }

    /** The region table, run-length encoded. */
    String regionMap() {
        return RegionMap.encode(kinds);
    }

    /** Live bytes anywhere at mutator time {@code nowNanos}. */
    long liveBytes(long nowNanos) {
        return liveOldBytes(nowNanos) + liveYoungBytes(nowNanos) + liveHumongousBytes(nowNanos);
    }

    long liveOldBytes(long nowNanos) {
        long live = 0;
        for (int r = 0; r < regionCount; r++) {
            if (old[r] != null) {
                live += old[r].liveAt(nowNanos);
            }
        }
        return live;
    }

    long liveYoungBytes(long nowNanos) {
        long live = 0;
        for (Cohort c : survivors) {
            live += c.deathNanos > nowNanos ? c.bytes : 0;
        }
        return live + eden.liveAt(nowNanos);
    }

    // ------------------------------------------------------------------ allocation

    /** Whether eden can take {@code bytes} more without growing past {@code edenTargetRegions} or the free regions. */
    boolean edenFits(long bytes, int edenTargetRegions) {
        long regionsAfter = ceilDiv(edenBytes + bytes, regionBytes);
        return regionsAfter <= edenTargetRegions && regionsAfter - edenRegions <= free.cardinality();
    }

    /** Evacuation may fill at most {@code regions} old regions; a Full GC's compaction is not bound by it. */
    void setOldRegionLimit(int regions) {
        oldRegionLimit = regions;
    }

    /** Eden grows by {@code bytes}, within the eden regions it has ({@link #takeEdenRegion} adds one). */
    void addEdenBytes(long bytes) {
        edenBytes += bytes;
    }

    /** Takes one free region from the top for eden and returns it. */
    int takeEdenRegion() {
        int r = takeFromTop();
        kinds[r] = RegionKind.EDEN;
        edenRegions++;
        return r;
    }

    /**
     * Records that {@code bytes} of what eden holds die at mutator time {@code deathNanos}; eden bytes no cohort
     * claims are garbage. Cohorts with the same death are merged at the next evacuation.
     */
    void addEdenCohort(long deathNanos, long bytes) {
        eden.add(deathNanos, bytes);
    }

    /** Allocates one cohort in eden; each region it takes is reported to {@code regionTaken}. */
    void allocate(long deathNanos, long bytes, IntConsumer regionTaken) {
        if (bytes <= 0) {
            return;
        }
        eden.add(deathNanos, bytes);
        edenBytes += bytes;
        while ((long) edenRegions * regionBytes < edenBytes) {
            int r = takeFromTop();
            kinds[r] = RegionKind.EDEN;
            edenRegions++;
            regionTaken.accept(r);
        }
    }

    // ------------------------------------------------------------------ evacuation

    /**
     * An evacuation pause: copies the live young bytes to survivor regions (those younger than
     * {@code tenuringThreshold}, while there is survivor room within {@code maxSurvivorRegions}) or promotes them
     * to old, then copies the live bytes of the old regions {@code oldCset} to other old regions, and frees every
     * region it emptied. Bytes that find no free region stay where they are, in regions that become old
     * ("to-space exhausted").
     */
    Evacuation evacuate(long nowNanos, int tenuringThreshold, int maxSurvivorRegions, int[] oldCset) {
        List<Integer> youngRegions = new ArrayList<>();
        for (int r = 0; r < regionCount; r++) {
            if (kinds[r] == RegionKind.EDEN || kinds[r] == RegionKind.SURVIVOR) {
                youngRegions.add(r);
            }
        }
        List<Cohort> live = liveYoung(nowNanos);
        SurvivorSpace toSurvivor = new SurvivorSpace(maxSurvivorRegions);
        long youngBytes = edenBytes + survivorBytes;
        long[] byAge = new long[17];
        // Survivors younger than the threshold go to the survivor space while it has room; when it has less room
        // than they need, every cohort sends the same share, since copying follows references, not lifetimes.
        long eligible = 0;
        for (Cohort c : live) {
            eligible += c.age < tenuringThreshold ? c.bytes : 0;
        }
        long survivorRoom = toSurvivor.place(eligible);
        long survived = 0;
        List<Cohort> toOld = new ArrayList<>();
        int lastEligible = -1;
        for (int i = 0; i < live.size(); i++) {
            if (live.get(i).age < tenuringThreshold) {
                lastEligible = i;
            }
        }
        for (int i = 0; i < live.size(); i++) {
            Cohort c = live.get(i);
            long rest = c.bytes;
            if (c.age < tenuringThreshold && survivorRoom > 0) {
                long placed = i == lastEligible ? survivorRoom - survived
                        : (long) ((double) c.bytes * survivorRoom / eligible);
                placed = Math.max(0, Math.min(placed, Math.min(c.bytes, survivorRoom - survived)));
                if (placed > 0) {
                    toSurvivor.cohorts.add(new Cohort(c.deathNanos, placed, c.age + 1));
                    byAge[Math.min(16, c.age + 1)] += placed;
                    survived += placed;
                    rest -= placed;
                }
            }
            if (rest > 0) {
                toOld.add(new Cohort(c.deathNanos, rest, c.age));
            }
        }
        toSurvivor.bytes = survived;
        long copied = survived;
        List<Cohort> failed = placeOldBlended(toOld);
        long failedBytes = 0;
        for (Cohort c : failed) {
            failedBytes += c.bytes;
        }
        long promoted = 0;
        for (Cohort c : toOld) {
            promoted += c.bytes;
        }
        promoted -= failedBytes;
        copied += promoted;
        long youngCopied = copied;
        for (int r : oldCset) {
            OldRegion content = old[r];
            if (content == null || r == oldAllocRegion || !liveCopyFits(content.liveAt(nowNanos))) {
                continue;
            }
            List<Cohort> moving = new ArrayList<>();
            for (int i = 0; i < content.n; i++) {
                if (content.deaths[i] > nowNanos) {
                    moving.add(new Cohort(content.deaths[i], content.bytes[i], 0));
                    copied += content.bytes[i];
                }
            }
            freeOld(r);
            placeOldBlended(moving); // it fits: liveCopyFits said so
        }
        // Failed bytes stay in the lowest young regions, which become old; the rest of the young regions are free.
        long retainedCapacity = 0;
        for (int r : youngRegions) {
            if (retainedCapacity < failedBytes) {
                kinds[r] = RegionKind.OLD;
                old[r] = new OldRegion();
                oldRegions++;
                retainedCapacity += regionBytes;
            } else {
                kinds[r] = RegionKind.FREE;
                free.set(r);
            }
        }
        int retained = 0;
        for (Cohort c : failed) {
            long rest = c.bytes;
            while (rest > 0) {
                int r = youngRegions.get(retained);
                long room = regionBytes - old[r].used();
                long part = Math.min(room, rest);
                old[r].add(c.deathNanos, part);
                oldBytes += part;
                rest -= part;
                if (old[r].used() == regionBytes) {
                    retained++;
                }
            }
        }
        eden.clear();
        edenBytes = 0;
        edenRegions = 0;
        survivors = toSurvivor.cohorts;
        survivorBytes = toSurvivor.bytes;
        survivorRegions = toSurvivor.regions;
        for (int r : toSurvivor.taken) {
            kinds[r] = RegionKind.SURVIVOR;
        }
        return new Evacuation(youngBytes, copied, youngCopied, promoted, failedBytes, byAge);
    }

    /** The live young cohorts, survivors first (as they are), then eden's, earliest death first. */
    private List<Cohort> liveYoung(long nowNanos) {
        List<Cohort> live = new ArrayList<>();
        for (Cohort c : survivors) {
            if (c.deathNanos > nowNanos) {
                live.add(c);
            }
        }
        for (long[] e : eden.sorted()) {
            if (e[0] > nowNanos) {
                live.add(new Cohort(e[0], e[1], 0));
            }
        }
        return live;
    }

    /** Whether {@code bytes} more fit in the old allocation region and the free regions. */
    private boolean liveCopyFits(long bytes) {
        long room = (long) free.cardinality() * regionBytes;
        if (oldAllocRegion >= 0) {
            room += regionBytes - old[oldAllocRegion].used();
        }
        return bytes <= room;
    }

    /**
     * Promotes {@code cohorts} to old regions blended: each region they fill gets the same share of every cohort,
     * so an old region holds a mix of lifetimes as promoted objects do. Returns what found no room, by cohort.
     */
    private List<Cohort> placeOldBlended(List<Cohort> cohorts) {
        List<Cohort> merged = mergeByDeath(cohorts);
        long total = 0;
        for (Cohort c : merged) {
            total += c.bytes;
        }
        long[] rest = new long[merged.size()];
        for (int i = 0; i < rest.length; i++) {
            rest[i] = merged.get(i).bytes;
        }
        while (total > 0) {
            if (oldAllocRegion < 0 || old[oldAllocRegion].used() == regionBytes) {
                if (free.isEmpty() || (!compacting && oldRegions >= oldRegionLimit)) {
                    break;
                }
                oldAllocRegion = takeFromBottom();
                kinds[oldAllocRegion] = RegionKind.OLD;
                old[oldAllocRegion] = new OldRegion();
                oldRegions++;
            }
            OldRegion region = old[oldAllocRegion];
            long share = Math.min(regionBytes - region.used(), total);
            long given = 0;
            for (int i = 0; i < rest.length && given < share; i++) {
                if (rest[i] == 0) {
                    continue;
                }
                long part = share == total ? rest[i] : Math.min(rest[i], (long) Math.ceil((double) rest[i] * share / total));
                part = Math.min(part, share - given);
                region.add(merged.get(i).deathNanos, part);
                rest[i] -= part;
                given += part;
            }
            oldBytes += given;
            total -= given;
        }
        List<Cohort> failed = new ArrayList<>();
        for (int i = 0; i < rest.length; i++) {
            if (rest[i] > 0) {
                failed.add(new Cohort(merged.get(i).deathNanos, rest[i], 0));
            }
        }
        return failed;
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

    /** Places up to {@code bytes} in old regions; returns how many found room. */
    private long placeOld(long deathNanos, long bytes) {
        long rest = bytes;
        while (rest > 0) {
            if (oldAllocRegion < 0 || old[oldAllocRegion].used() == regionBytes) {
                if (free.isEmpty() || (!compacting && oldRegions >= oldRegionLimit)) {
                    break;
                }
                oldAllocRegion = takeFromBottom();
                kinds[oldAllocRegion] = RegionKind.OLD;
                old[oldAllocRegion] = new OldRegion();
                oldRegions++;
            }
            OldRegion region = old[oldAllocRegion];
            long part = Math.min(regionBytes - region.used(), rest);
            region.add(deathNanos, part);
            oldBytes += part;
            rest -= part;
        }
        return bytes - rest;
    }

    /** The survivor regions being filled by one evacuation pause, at most {@code maxRegions} of them. */
    private final class SurvivorSpace {
        final int maxRegions;
        final List<Cohort> cohorts = new ArrayList<>();
        final List<Integer> taken = new ArrayList<>();
        long bytes;
        int regions;

        SurvivorSpace(int maxRegions) {
            this.maxRegions = maxRegions;
        }

        long place(long wanted) {
            long room = (long) regions * regionBytes - bytes;
            while (room < wanted && regions < maxRegions && !free.isEmpty()) {
                taken.add(takeFromTop());
                regions++;
                room += regionBytes;
            }
            long placed = Math.min(room, wanted);
            bytes += placed;
            return placed;
        }
    }

    // ------------------------------------------------------------------ marking and mixed collections

    /**
     * Old regions worth collecting after marking from mutator time {@code markStartNanos}: those less than
     * {@code liveThresholdPercent} live, most garbage first (then lowest index), never the region being filled.
     * Returns {region, liveBytes} pairs.
     */
    List<long[]> mixedCandidates(long markStartNanos, int liveThresholdPercent) {
        List<long[]> candidates = new ArrayList<>();
        for (int r = 0; r < regionCount; r++) {
            if (old[r] != null && r != oldAllocRegion) {
                long live = old[r].liveAt(markStartNanos);
                if (live * 100 < regionBytes * liveThresholdPercent) {
                    candidates.add(new long[] {r, live});
                }
            }
        }
        candidates.sort((a, b) -> a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[0], b[0]));
        return candidates;
    }

    /** Whether region {@code r} is still an old region (a Full GC or Remark may have freed it). */
    boolean isOld(int r) {
        return old[r] != null;
    }

    /** Frees the old regions with nothing live at mutator time {@code nowNanos} (as Remark does); returns how many. */
    int freeEmptyOldRegions(long nowNanos) {
        int freed = 0;
        for (int r = 0; r < regionCount; r++) {
            if (old[r] != null && old[r].liveAt(nowNanos) == 0) {
                freeOld(r);
                freed++;
            }
        }
        return freed;
    }

    private void freeOld(int r) {
        oldBytes -= old[r].used();
        old[r] = null;
        oldRegions--;
        kinds[r] = RegionKind.FREE;
        free.set(r);
        if (r == oldAllocRegion) {
            oldAllocRegion = -1;
        }
    }

    // ------------------------------------------------------------------ full collection

    /**
     * A Full GC: every live byte, old first in region order, then survivors, then eden, slides to the bottom of the
     * heap into old regions; everything else is freed. Returns the bytes compacted.
     */
    long compact(long nowNanos) {
        List<Cohort> live = new ArrayList<>();
        for (int r = 0; r < regionCount; r++) {
            OldRegion content = old[r];
            if (content != null) {
                for (int i = 0; i < content.n; i++) {
                    if (content.deaths[i] > nowNanos) {
                        live.add(new Cohort(content.deaths[i], content.bytes[i], 0));
                    }
                }
            }
        }
        live.addAll(liveYoung(nowNanos));
        reclaimDeadHumongous(nowNanos); // live humongous objects stay where they are; G1 does not move them
        Arrays.fill(old, null);
        for (int r = 0; r < regionCount; r++) {
            if (kinds[r] != RegionKind.HUMONGOUS) {
                kinds[r] = RegionKind.FREE;
                free.set(r);
            }
        }
        oldAllocRegion = -1;
        oldBytes = 0;
        oldRegions = 0;
        eden.clear();
        edenBytes = 0;
        edenRegions = 0;
        survivors = new ArrayList<>();
        survivorBytes = 0;
        survivorRegions = 0;
        long total = 0;
        for (Cohort c : live) {
            total += c.bytes;
        }
        long lost = 0;
        compacting = true;
        for (Cohort c : placeOldBlended(live)) {
            lost += c.bytes;
        }
        compacting = false;
        return total - lost;
    }

    // ------------------------------------------------------------------ free list

    private int takeFromTop() {
        int r = free.previousSetBit(regionCount - 1);
        if (r < 0) {
            throw new IllegalStateException("no free region");
        }
        free.clear(r);
        return r;
    }

    private int takeFromBottom() {
        int r = free.nextSetBit(0);
        if (r < 0) {
            throw new IllegalStateException("no free region");
        }
        free.clear(r);
        return r;
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
