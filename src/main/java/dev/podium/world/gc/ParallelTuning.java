package dev.podium.world.gc;

/**
 * The Parallel collector's pause costs beyond {@link G1Tuning}'s per-byte copying and compaction, which it shares:
 * its young pause has no regions and remembered sets to scan, only the card table of old, so its fixed part is
 * smaller. A guess of the right order.
 */
public final class ParallelTuning {
    /** Fixed cost of a young pause: the safepoint, roots, the old generation's dirty cards. */
    public static final long YOUNG_FIXED_NANOS = 300_000;

    private ParallelTuning() {
    }
}
