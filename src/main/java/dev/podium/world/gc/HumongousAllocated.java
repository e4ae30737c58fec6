package dev.podium.world.gc;

/**
 * A request allocated an object of more than half a region: G1 put it in {@code regions} contiguous free regions
 * starting at {@code firstRegion}, counted as old (humongous regions).
 *
 * @param occupancyBytes old and humongous bytes after it, what the initiating threshold is compared with
 */
public record HumongousAllocated(long timeNanos, int firstRegion, int regions, long bytes, long occupancyBytes)
        implements GcEvent {
}
