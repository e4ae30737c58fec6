package dev.podium.world.gc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * G1's collection-set candidates after a marking cycle (g1CollectionSetCandidates, G1Policy::next_old_cset): what
 * Cleanup found (live old bytes, reclaimable bytes, candidate regions, whether mixed collections are planned) and
 * the old regions still to collect, most garbage first, handed out a slice per mixed pause. Kernel thread only.
 */
final class MixedCandidates {
    private final GcParams params;
    private final ArrayDeque<long[]> candidates = new ArrayDeque<>();
    private int regionsPerMixed;
    private long markedLiveBytes;
    private long reclaimableBytes;
    private int candidateRegions;
    private boolean planned;

    MixedCandidates(GcParams params) {
        this.params = params;
    }

    /**
     * Cleanup's choice: {@code found} ({region, liveBytes}, most garbage first) with {@code markedLiveBytes} live in
     * old regions; mixed collections are planned when their garbage is worth reclaiming.
     */
    void chooseAfterCleanup(List<long[]> found, long markedLive) {
        markedLiveBytes = markedLive;
        reclaimableBytes = reclaimable(found);
        candidateRegions = found.size();
        planned = !found.isEmpty() && worthReclaiming(reclaimableBytes);
        candidates.clear();
        if (planned) {
            candidates.addAll(found);
            int perPause = (found.size() + G1Tuning.MIXED_GC_COUNT_TARGET - 1) / G1Tuning.MIXED_GC_COUNT_TARGET;
            int cap = Math.max(1, params.regionCount() * G1Tuning.OLD_CSET_REGION_THRESHOLD_PERCENT / 100);
            regionsPerMixed = Math.min(perPause, cap);
        }
    }

    /** The next slice of candidate old regions that {@code heap} still holds as old: about 1/8, at most 10 %. */
    int[] nextOldCset(Heap heap) {
        List<Integer> regions = new ArrayList<>();
        while (regions.size() < regionsPerMixed && !candidates.isEmpty()) {
            int r = (int) candidates.pollFirst()[0];
            if (heap.isOld(r)) {
                regions.add(r);
            }
        }
        return regions.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether the candidates left are still worth a mixed pause; when not, they are dropped. */
    boolean moreWorthCollecting() {
        if (candidates.isEmpty() || !worthReclaiming(reclaimable(candidates))) {
            candidates.clear();
            return false;
        }
        return true;
    }

    /** Forgets the candidates (a Full GC or the process's end). */
    void clear() {
        candidates.clear();
    }

    /** Forgets the plan as well (the process ended). */
    void reset() {
        planned = false;
        candidates.clear();
    }

    boolean planned() {
        return planned;
    }

    long markedLiveBytes() {
        return markedLiveBytes;
    }

    long reclaimableBytes() {
        return reclaimableBytes;
    }

    int candidateRegions() {
        return candidateRegions;
    }

    private long reclaimable(Iterable<long[]> regions) {
        long total = 0;
        for (long[] c : regions) {
            total += params.regionBytes() - c[1];
        }
        return total;
    }

    /** Whether garbage of {@code bytes} is more than {@code G1HeapWastePercent} of the heap. */
    private boolean worthReclaiming(long bytes) {
        return bytes * 100 > params.heapBytes() * G1Tuning.HEAP_WASTE_PERCENT;
    }
}
