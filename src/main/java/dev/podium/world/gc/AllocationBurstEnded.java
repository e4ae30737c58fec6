package dev.podium.world.gc;

/** The allocation burst is over: requests allocate {@code allocationPerRequestBytes} again. */
public record AllocationBurstEnded(long timeNanos, long allocationPerRequestBytes) implements GcEvent {
}
