package dev.podium.world.gc;

/**
 * A ZGC cycle began (its Pause Mark Start follows at once): marking, then relocating the live objects out of the
 * pages with garbage, both concurrent with the requests but taking CPU from them.
 *
 * @param cause the rule that started it: warm-up, the allocation rate, an allocation stall or {@code System.gc()}
 * @param usedBytes heap in use when it began
 * @param allocationBytesPerSecond the rate requests were allocating at
 */
public record ZCycleStarted(long timeNanos, int gcId, GcCause cause, long usedBytes, long allocationBytesPerSecond)
        implements GcEvent {
}
