package dev.podium.world.gc;

/**
 * A stop-the-world pause ended and the request threads run again.
 *
 * @param heapBeforeBytes bytes in use when the pause began
 * @param heapAfterBytes bytes in use after it
 * @param heapCapacityBytes the heap's size
 * @param durationNanos how long the world stood still
 * @param copiedBytes live bytes evacuated (to survivor or old) or, for a Full GC, compacted
 * @param promotedBytes of those, young bytes moved to old: tenured by age, or overflowing the survivor space
 * @param toSpaceExhausted whether evacuation ran out of free regions and left objects in place
 *     (G1 logs "To-space exhausted"); a Full GC follows
 * @param edenTargetRegions the young size chosen for the next cycle
 * @param tenuringThreshold the age from which survivors are promoted at the next young pause
 * @param regionMap the region table after the pause, run-length encoded ({@link RegionMap})
 */
public record GcPauseEnded(long timeNanos, int gcId, PauseKind kind, GcCause cause, long heapBeforeBytes,
        long heapAfterBytes, long heapCapacityBytes, long durationNanos, long copiedBytes, long promotedBytes,
        boolean toSpaceExhausted, int edenTargetRegions, int tenuringThreshold, String regionMap)
        implements GcEvent {
}
