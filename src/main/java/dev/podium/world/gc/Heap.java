package dev.podium.world.gc;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The G1 heap as a table of equal regions ({@link RegionTable}), and what lives in them: not objects but groups of
 * bytes that were allocated together and die together ({@link Cohort}: a request's temporary data, its session data,
 * its cache entries). Each group knows when it dies, in mutator time (simulated time minus the pauses so far), so
 * whether it is live at a pause is a comparison, and a request's temporary data dies exactly when the request
 * completes.
 *
 * <p>This class holds the young generation (eden and survivors) and the collections that move bytes between
 * generations (evacuation, compaction); the old regions are {@link OldGeneration}'s, the humongous objects
 * {@link HumongousObjects}'. The mechanics only: when to collect and what to collect is {@link G1Policy}'s and
 * {@link GcModel}'s. Kernel thread only.
 */
final class Heap {
    /** What one evacuation pause did, for the pause's cost and event. */
    record Evacuation(long youngBytes, long copiedBytes, long youngCopiedBytes, long promotedBytes,
            long failedBytes, long[] survivorBytesByAge, Movement movement) {
    }

    /**
     * Where an evacuation took live objects from and put them: the collection set, the survivor regions and the
     * old regions that received bytes (for the view's arrows; it changes nothing in the heap).
     */
    record Movement(BitSet from, BitSet toSurvivor, BitSet toOld, long survivorBytes, long promotedBytes,
            long oldCopiedBytes) {
    }

    private final long regionBytes;
    private final int regionCount;
    private final RegionTable table;
    private final OldGeneration old;
    private final HumongousObjects humongous;
    private final CohortMap eden = new CohortMap();
    private long edenBytes;
    private int edenRegions;
    private List<Cohort> survivors = new ArrayList<>();
    private long survivorBytes;
    private int survivorRegions;

    Heap(long regionBytes, int regionCount) {
        this.regionBytes = regionBytes;
        this.regionCount = regionCount;
        this.table = new RegionTable(regionBytes, regionCount);
        this.old = new OldGeneration(table);
        this.humongous = new HumongousObjects(table);
    }

    // ------------------------------------------------------------------ reading

    long regionBytes() {
        return regionBytes;
    }

    int regionCount() {
        return regionCount;
    }

    int freeRegions() {
        return table.freeCount();
    }

    int edenRegions() {
        return edenRegions;
    }

    int survivorRegions() {
        return survivorRegions;
    }

    int oldRegions() {
        return old.regions();
    }

    long edenBytes() {
        return edenBytes;
    }

    long survivorBytes() {
        return survivorBytes;
    }

    /** Bytes in old regions, live or not: what the initiating threshold is compared with. */
    long oldBytes() {
        return old.bytes();
    }

    /** Bytes in use in every region. */
    long usedBytes() {
        return edenBytes + survivorBytes + old.bytes() + humongous.bytes();
    }

    long humongousBytes() {
        return humongous.bytes();
    }

    int humongousRegions() {
        return humongous.regions();
    }

    /** Old and humongous bytes: the old generation's occupancy, which the initiating threshold is compared with. */
    long occupancyBytes() {
        return old.bytes() + humongous.bytes();
    }

    /** The region table, run-length encoded. */
    String regionMap() {
        return table.encode();
    }

    /** Live bytes anywhere at mutator time {@code nowNanos}. */
    long liveBytes(long nowNanos) {
        return liveOldBytes(nowNanos) + liveYoungBytes(nowNanos) + humongous.liveBytes(nowNanos);
    }

    long liveOldBytes(long nowNanos) {
        return old.liveBytes(nowNanos);
    }

    long liveYoungBytes(long nowNanos) {
        long live = 0;
        for (Cohort c : survivors) {
            live += c.deathNanos > nowNanos ? c.bytes : 0;
        }
        return live + eden.liveAt(nowNanos);
    }

    // ------------------------------------------------------------------ allocation

    /**
     * Allocates a humongous object of {@code bytes} (more than half a region) in the lowest run of contiguous free
     * regions it fits, as old; returns its first region, or -1 if no run is long enough.
     */
    int allocateHumongous(long bytes, long deathNanos) {
        return humongous.allocate(bytes, deathNanos);
    }

    /**
     * Frees every humongous object dead at mutator time {@code nowNanos} (G1's eager reclaim at a young pause, or
     * marking and Full GC); returns {regions, bytes} freed.
     */
    long[] reclaimDeadHumongous(long nowNanos) {
        return humongous.reclaimDead(nowNanos);
    }

    /** Whether eden can take {@code bytes} more without growing past {@code edenTargetRegions} or the free regions. */
    boolean edenFits(long bytes, int edenTargetRegions) {
        long regionsAfter = ceilDiv(edenBytes + bytes, regionBytes);
        return regionsAfter <= edenTargetRegions && regionsAfter - edenRegions <= table.freeCount();
    }

    /** Evacuation may fill at most {@code regions} old regions; a Full GC's compaction is not bound by it. */
    void setOldRegionLimit(int regions) {
        old.setRegionLimit(regions);
    }

    /** Eden grows by {@code bytes}, within the eden regions it has ({@link #takeEdenRegion} adds one). */
    void addEdenBytes(long bytes) {
        edenBytes += bytes;
    }

    /** Takes one free region from the top for eden and returns it. */
    int takeEdenRegion() {
        int r = table.takeFromTop();
        table.assign(r, RegionKind.EDEN);
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
            regionTaken.accept(takeEdenRegion());
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
        BitSet from = new BitSet();
        for (int r = 0; r < regionCount; r++) {
            RegionKind kind = table.kind(r);
            if (kind == RegionKind.EDEN || kind == RegionKind.SURVIVOR) {
                youngRegions.add(r);
                from.set(r);
            }
        }
        old.startTracking();
        List<Cohort> live = liveYoung(nowNanos);
        SurvivorSpace toSurvivor = new SurvivorSpace(maxSurvivorRegions);
        long youngBytes = edenBytes + survivorBytes;
        long[] byAge = new long[17];
        // Survivors younger than the threshold go to the survivor space while it has room; when it has less room
        // than they need, every cohort sends the same share, since copying follows references, not lifetimes.
        long eligible = 0;
        int lastEligible = -1;
        for (int i = 0; i < live.size(); i++) {
            if (live.get(i).age < tenuringThreshold) {
                eligible += live.get(i).bytes;
                lastEligible = i;
            }
        }
        long survivorRoom = toSurvivor.place(eligible);
        long survived = 0;
        List<Cohort> toOld = new ArrayList<>();
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
        List<Cohort> failed = old.placeBlended(toOld);
        long failedBytes = 0;
        for (Cohort c : failed) {
            failedBytes += c.bytes;
        }
        long promoted = -failedBytes;
        for (Cohort c : toOld) {
            promoted += c.bytes;
        }
        long youngCopied = survived + promoted;
        long copied = youngCopied;
        for (int r : oldCset) {
            long moved = old.evacuate(r, nowNanos);
            if (moved >= 0) {
                copied += moved;
                from.set(r);
            }
        }
        BitSet oldFilled = old.filledSinceTracking();
        // Failed bytes stay in the lowest young regions, which become old; the rest of the young regions are free.
        old.retainInPlace(youngRegions, failed, failedBytes);
        eden.clear();
        edenBytes = 0;
        edenRegions = 0;
        survivors = toSurvivor.cohorts;
        survivorBytes = toSurvivor.bytes;
        survivorRegions = toSurvivor.regions;
        BitSet survivorRegionsTaken = new BitSet();
        for (int r : toSurvivor.taken) {
            table.assign(r, RegionKind.SURVIVOR);
            survivorRegionsTaken.set(r);
        }
        Movement movement = new Movement(from, survivorRegionsTaken, oldFilled, survived, promoted, copied - youngCopied);
        return new Evacuation(youngBytes, copied, youngCopied, promoted, failedBytes, byAge, movement);
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
            while (room < wanted && regions < maxRegions && table.hasFree()) {
                taken.add(table.takeFromTop());
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
        return old.mixedCandidates(markStartNanos, liveThresholdPercent);
    }

    /** Whether region {@code r} is still an old region (a Full GC or Remark may have freed it). */
    boolean isOld(int r) {
        return old.isOld(r);
    }

    /** Frees the old regions with nothing live at mutator time {@code nowNanos} (as Remark does); returns how many. */
    int freeEmptyOldRegions(long nowNanos) {
        return old.freeEmpty(nowNanos);
    }

    // ------------------------------------------------------------------ full collection

    /**
     * A Full GC: every live byte, old first in region order, then survivors, then eden, slides to the bottom of the
     * heap into old regions; everything else is freed. Returns the bytes compacted.
     */
    long compact(long nowNanos) {
        List<Cohort> live = old.liveCohorts(nowNanos);
        live.addAll(liveYoung(nowNanos));
        humongous.reclaimDead(nowNanos); // live humongous objects stay where they are; G1 does not move them
        for (int r = 0; r < regionCount; r++) {
            if (table.kind(r) != RegionKind.HUMONGOUS) {
                table.release(r);
            }
        }
        eden.clear();
        edenBytes = 0;
        edenRegions = 0;
        survivors = new ArrayList<>();
        survivorBytes = 0;
        survivorRegions = 0;
        return old.compactInto(live);
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
