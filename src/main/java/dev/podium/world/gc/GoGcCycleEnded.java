package dev.podium.world.gc;

/**
 * A Go GC cycle ended after mark termination: the marked (live) heap is known, sweeping frees the rest, and the
 * pacer sets the next goal from it.
 *
 * @param markedBytes the live heap marking found (gctrace's third heap figure)
 * @param heapAfterBytes heap in use after sweeping
 * @param nextGoalBytes the next cycle's heap goal
 * @param regionMap the page table after it, run-length encoded ({@link RegionMap})
 */
public record GoGcCycleEnded(long timeNanos, int gcId, long durationNanos, long markedBytes, long heapAfterBytes,
        long nextGoalBytes, String regionMap) implements GcEvent {
}
