package dev.podium.world.gc;

/**
 * A concurrent phase or whole cycle read from a real GC log, while the application ran: G1's {@code Concurrent
 * Mark Cycle}, ZGC's {@code Concurrent Mark} and {@code Garbage Collection (Warmup)} cycle, Shenandoah's {@code
 * Concurrent evacuation}, Go's concurrent mark. The time is when it ended; it began {@code durationNanos} earlier
 * (0 when the log gives no duration). Sizes are bytes, -1 where the log does not say.
 *
 * @param name as logged, e.g. {@code Concurrent Mark Cycle}, {@code Garbage Collection (Allocation Stall)}
 */
public record LoggedConcurrentPhase(long timeNanos, int gcId, String name, long heapBeforeBytes,
        long heapAfterBytes, long heapCapacityBytes, long durationNanos) implements GcEvent {
}
