package dev.podium.world.gc;

/**
 * Concurrent marking began, right after a Concurrent Start pause, because old-generation occupancy reached the
 * initiating threshold ({@code InitiatingHeapOccupancyPercent} of the heap).
 *
 * @param gcId the concurrent cycle's id; its Remark and Cleanup pauses carry it too
 * @param oldOccupancyBytes old and humongous bytes in use
 * @param thresholdBytes the initiating threshold in bytes
 */
public record ConcurrentMarkStarted(long timeNanos, int gcId, long oldOccupancyBytes, long thresholdBytes)
        implements GcEvent {
}
