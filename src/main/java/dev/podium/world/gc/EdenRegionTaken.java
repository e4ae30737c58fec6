package dev.podium.world.gc;

/**
 * Allocation filled the eden regions so far and took one more free region (G1 takes young regions from the
 * high end of the free list); {@code edenRegions} counts eden regions after it.
 */
public record EdenRegionTaken(long timeNanos, int region, int edenRegions) implements GcEvent {
}
