package dev.podium.world.gc;

/**
 * The concurrent cycle ended: after its Cleanup pause, or aborted by a Full GC.
 *
 * @param durationNanos from marking's start to now
 * @param liveOldBytes old bytes marking found live
 * @param reclaimableBytes garbage in the candidate regions, what mixed collections may reclaim
 * @param candidateRegions old regions less than {@code G1MixedGCLiveThresholdPercent} live
 * @param mixedPlanned whether mixed collections follow (the garbage exceeds {@code G1HeapWastePercent})
 * @param aborted whether a Full GC cut the cycle short
 */
public record ConcurrentMarkEnded(long timeNanos, int gcId, long durationNanos, long liveOldBytes,
        long reclaimableBytes, int candidateRegions, boolean mixedPlanned, boolean aborted) implements GcEvent {
}
