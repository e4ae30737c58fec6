package dev.podium.world.gc;

/**
 * The JVM's set-up at the start of a run: its heap, its G1 flags and the load on it.
 *
 * @param heapBytes the heap's size ({@code -Xmx}); the heap is committed whole and never resized
 * @param regionBytes {@code G1HeapRegionSize}, given or derived from the heap size as G1 does
 * @param regionCount heap size / region size
 * @param edenTargetRegions the first young size, before any pause has been measured
 * @param regionMap the region table, run-length encoded ({@link RegionMap})
 * @param collector G1, Parallel or ZGC; the G1 flags mean nothing to the others
 */
public record GcConfigured(long timeNanos, long heapBytes, long regionBytes, int regionCount, int maxPauseMillis,
        int initiatingHeapOccupancyPercent, int maxTenuringThreshold, int parallelGcThreads, int concGcThreads,
        boolean disableExplicitGc, int threads, long meanInterarrivalNanos, long meanServiceNanos,
        long allocationPerRequestBytes, int sessionPpm, long meanSessionLifetimeNanos, int cachePpm,
        int edenTargetRegions, String regionMap, Collector collector) implements GcEvent {

    /** A G1 JVM's set-up (recordings from before the collector was a parameter). */
    public GcConfigured(long timeNanos, long heapBytes, long regionBytes, int regionCount, int maxPauseMillis,
            int initiatingHeapOccupancyPercent, int maxTenuringThreshold, int parallelGcThreads, int concGcThreads,
            boolean disableExplicitGc, int threads, long meanInterarrivalNanos, long meanServiceNanos,
            long allocationPerRequestBytes, int sessionPpm, long meanSessionLifetimeNanos, int cachePpm,
            int edenTargetRegions, String regionMap) {
        this(timeNanos, heapBytes, regionBytes, regionCount, maxPauseMillis, initiatingHeapOccupancyPercent,
                maxTenuringThreshold, parallelGcThreads, concGcThreads, disableExplicitGc, threads,
                meanInterarrivalNanos, meanServiceNanos, allocationPerRequestBytes, sessionPpm,
                meanSessionLifetimeNanos, cachePpm, edenTargetRegions, regionMap, Collector.G1);
    }
}
