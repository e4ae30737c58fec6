package dev.podium.world.gc;

/**
 * The Parallel collector's sizes and decisions (-XX:+UseParallelGC), simplified (docs/gc-fidelity.md): the heap is
 * split once into a young generation of 1 / ({@code NewRatio} + 1) of it and an old one of the rest; young is eden
 * and two survivor spaces of young / ({@code SurvivorRatio} + 2) each (8:1:1). Eden full means a young pause
 * ("Allocation Failure") that copies the live young bytes to a survivor space or, from the tenuring threshold on or
 * when the survivor space overflows, to old. Before a young pause, if the average promoted bytes exceed old's free
 * space, it runs a Full GC instead (PSScavenge's "should full GC" test; logged "Ergonomics"). The tenuring
 * threshold starts at {@code InitialTenuringThreshold} 7 and follows the age table as G1's does. Its adaptive size
 * policy, which resizes the generations to meet pause and throughput goals, is not modelled. Kernel thread only.
 */
final class ParallelPolicy {
    /** {@code InitialTenuringThreshold}. */
    static final int INITIAL_TENURING_THRESHOLD = 7;

    private final GcParams params;
    private final int youngRegions;
    private final int survivorRegions;
    private int tenuringThreshold;
    private long averagePromotedBytes;

    ParallelPolicy(GcParams params) {
        this.params = params;
        int regions = params.regionCount();
        this.youngRegions = Math.max(3, regions / (params.newRatio() + 1));
        this.survivorRegions = Math.max(1, youngRegions / (G1Tuning.SURVIVOR_RATIO + 2));
        this.tenuringThreshold = Math.min(INITIAL_TENURING_THRESHOLD, params.maxTenuringThreshold());
    }

    int edenTargetRegions() {
        return youngRegions - 2 * survivorRegions;
    }

    int maxSurvivorRegions() {
        return survivorRegions;
    }

    /** Regions the old generation may use: all but the young generation's. */
    int oldRegionLimit() {
        return params.regionCount() - youngRegions;
    }

    int tenuringThreshold() {
        return tenuringThreshold;
    }

    long averagePromotedBytes() {
        return averagePromotedBytes;
    }

    /** Whether old probably cannot take the next young pause's promotions, so a Full GC should run instead. */
    boolean shouldCollectFully(Heap heap) {
        long oldFree = (long) (oldRegionLimit() - heap.oldRegions()) * params.regionBytes();
        return averagePromotedBytes > oldFree;
    }

    /** After a young pause: the promotion average and the tenuring threshold. */
    void afterYoung(Heap.Evacuation evacuation) {
        int w = G1Tuning.SAMPLE_WEIGHT_TENTHS;
        averagePromotedBytes = (averagePromotedBytes * (10 - w) + evacuation.promotedBytes() * w) / 10;
        long desired = (long) survivorRegions * params.regionBytes() * G1Tuning.TARGET_SURVIVOR_RATIO / 100;
        long total = 0;
        int age = 1;
        long[] byAge = evacuation.survivorBytesByAge();
        while (age < 16) {
            total += byAge[age];
            if (total > desired) {
                break;
            }
            age++;
        }
        tenuringThreshold = Math.min(age, params.maxTenuringThreshold());
    }
}
