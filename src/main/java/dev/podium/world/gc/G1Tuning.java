package dev.podium.world.gc;

/**
 * The fixed numbers of the simplified G1: its other flags at their JDK 17 defaults (reference §2.8,
 * {@code -XX:+PrintFlagsFinal}), and the cost model that turns work into pause time. The costs are guesses of
 * the right order, calibrated against the pauses the reference observed ({@code docs/gc-fidelity.md}); every
 * pause length is computed from them in integer picoseconds, so it is the same on every JVM.
 */
public final class G1Tuning {
    /** {@code G1ReservePercent}: free heap kept back so evacuation has somewhere to copy to. */
    public static final int RESERVE_PERCENT = 10;
    /** {@code G1HeapWastePercent}: mixed collections stop when less garbage than this is left to reclaim. */
    public static final int HEAP_WASTE_PERCENT = 5;
    /** {@code G1MixedGCCountTarget}: candidate old regions are spread over about this many mixed pauses. */
    public static final int MIXED_GC_COUNT_TARGET = 8;
    /** {@code G1MixedGCLiveThresholdPercent}: old regions more live than this are not candidates. */
    public static final int MIXED_LIVE_THRESHOLD_PERCENT = 85;
    /** {@code G1OldCSetRegionThresholdPercent}: most old regions in one mixed pause, as a percent of the heap. */
    public static final int OLD_CSET_REGION_THRESHOLD_PERCENT = 10;
    /** {@code G1NewSizePercent} and {@code G1MaxNewSizePercent}: the young size's bounds. */
    public static final int NEW_SIZE_PERCENT = 5;
    public static final int MAX_NEW_SIZE_PERCENT = 60;
    /** {@code SurvivorRatio}: at most young / 8 survivor regions. */
    public static final int SURVIVOR_RATIO = 8;
    /** {@code TargetSurvivorRatio}: the tenuring threshold keeps survivors under half the survivor space. */
    public static final int TARGET_SURVIVOR_RATIO = 50;

    /** Fixed cost of an evacuation pause: reaching the safepoint, scanning roots, "Other". */
    public static final long YOUNG_FIXED_NANOS = 500_000;
    /** Cost per region in the collection set (merging and scanning its remembered set, freeing it). */
    public static final long PER_CSET_REGION_NANOS = 5_000;
    /** Copying one live byte, on one GC thread: 1 ns (about 1 GB/s per thread). */
    public static final long COPY_PICOS_PER_BYTE = 1_000;
    /** Extra cost per byte that failed to evacuate (self-forwarding it, then restoring the region). */
    public static final long EVACUATION_FAILURE_PICOS_PER_BYTE = 2_000;
    /** Fixed cost of a Full GC. */
    public static final long FULL_FIXED_NANOS = 2_000_000;
    /** A Full GC's four phases (mark, prepare, adjust, compact) per live byte, on one GC thread. */
    public static final long FULL_PICOS_PER_LIVE_BYTE = 1_500;
    /** A Full GC's sweep over the used heap, per used byte, on one GC thread. */
    public static final long FULL_PICOS_PER_USED_BYTE = 150;
    /** Concurrent marking, per old byte, on one concurrent GC thread. */
    public static final long MARK_PICOS_PER_BYTE = 1_000;
    /** Rebuilding remembered sets between Remark and Cleanup, per old byte, on one concurrent GC thread. */
    public static final long REBUILD_PICOS_PER_BYTE = 250;
    /** Remark: fixed, and per old region. */
    public static final long REMARK_FIXED_NANOS = 800_000;
    public static final long REMARK_PER_REGION_NANOS = 1_000;
    /** Cleanup: fixed, and per region of the heap. */
    public static final long CLEANUP_FIXED_NANOS = 50_000;
    public static final long CLEANUP_PER_REGION_NANOS = 50;
    /** Decaying averages of survival rates weigh a new sample by 3/10 (G1's predictors use 0.3 as well). */
    public static final int SAMPLE_WEIGHT_TENTHS = 3;
    /** {@code G1ConfidencePercent} 50: G1's predictions add half a standard deviation to the average. */
    public static final double CONFIDENCE = 0.5;
    /** The alpha of adaptive IHOP's sample sequences (g1IHOPControl.cpp {@code TruncatedSeq(10, 0.05)}). */
    public static final double IHOP_SEQ_ALPHA = 0.05;
    /** The survival rate assumed before any young pause has been measured: 10 %. */
    public static final int INITIAL_SURVIVAL_PPM = 100_000;

    private G1Tuning() {
    }

    /** Nanoseconds for {@code bytes} of work at {@code picosPerByte} split over {@code threads}. */
    public static long work(long bytes, long picosPerByte, int threads) {
        return bytes * picosPerByte / 1000 / threads; // at most 2^45 bytes * 2^11 ps: no overflow
    }
}
