package dev.podium.world.gc;

/**
 * A ZGC cycle ended: relocation is done and the pages it emptied are free.
 *
 * @param durationNanos from its start to now
 * @param liveBytes bytes marking found live, which relocation compacted
 * @param usedAfterBytes heap in use after it
 * @param regionMap the region table after it, run-length encoded ({@link RegionMap})
 */
public record ZCycleEnded(long timeNanos, int gcId, long durationNanos, long liveBytes, long usedAfterBytes,
        String regionMap) implements GcEvent {
}
