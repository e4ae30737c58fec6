package dev.podium.world.gc;

/**
 * A stop-the-world pause read from a real GC log (JVM unified logging, Go's gctrace), as the log gives it. The
 * time is when the pause ended (a JVM logs its pause line then); it began {@code durationNanos} earlier. Times are
 * nanoseconds since the logging process started; sizes are bytes, -1 where the log does not say.
 *
 * @param gcId the log's GC id ({@code GC(n)}, or Go's cycle number)
 * @param name the pause as the log names it, without its cause: {@code Pause Young (Normal)}, {@code Pause Mark
 *     Start}, {@code Pause Init Mark (unload classes)}, {@code STW sweep termination}
 * @param cause why, as the log says it: {@code G1 Evacuation Pause}, {@code Allocation Failure},
 *     {@code System.gc()}, {@code forced}; empty when the log gives none
 * @param heapBeforeBytes heap in use when it began, or -1
 * @param heapAfterBytes heap in use after it, or -1
 * @param heapCapacityBytes the heap's committed size (the JVM's) or goal (Go's) at the time, or -1
 */
public record LoggedPause(long timeNanos, int gcId, String name, String cause, long heapBeforeBytes,
        long heapAfterBytes, long heapCapacityBytes, long durationNanos) implements GcEvent {
}
