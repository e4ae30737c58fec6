package dev.podium.world.gc;

/**
 * Each request started from now on allocates {@code allocationPerRequestBytes} (the usual amount times the
 * burst's factor, in per mille) until {@code durationNanos} have passed.
 */
public record AllocationBurstStarted(long timeNanos, int factorPerMille, long allocationPerRequestBytes,
        long durationNanos) implements GcEvent {
}
