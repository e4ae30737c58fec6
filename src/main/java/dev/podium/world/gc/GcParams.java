package dev.podium.world.gc;

/**
 * The simulated JVM service's parameters as Java values: the heap and G1 flags, then the load.
 *
 * @param heapBytes {@code -Xmx}: the heap, committed whole (no resizing)
 * @param regionBytes {@code G1HeapRegionSize}: a power of two from 1 MiB to 512 MiB; see {@link #ergonomicRegionBytes}
 * @param maxPauseMillis {@code MaxGCPauseMillis}, the pause-time goal the young size chases
 * @param ihopPercent {@code InitiatingHeapOccupancyPercent}: old occupancy, as a percent of the heap, that starts
 *     concurrent marking (the initial threshold when {@code adaptiveIhop} is on)
 * @param maxTenuringThreshold {@code MaxTenuringThreshold}, 0 to 15
 * @param parallelGcThreads {@code ParallelGCThreads}: threads that copy and compact during pauses
 * @param disableExplicitGc {@code -XX:+DisableExplicitGC}: {@code System.gc()} does nothing
 * @param meanInterarrivalNanos mean time between request arrivals (Poisson arrivals)
 * @param threads request threads
 * @param meanServiceNanos mean time a thread works on a request (exponential), not counting pauses
 * @param allocationPerRequestBytes bytes each request allocates when it starts
 * @param sessionPpm of those, parts per million that live for a session (exponential, mean
 *     {@code meanSessionLifetimeNanos}) instead of dying when the request completes
 * @param meanSessionLifetimeNanos mean lifetime of session data, in mutator time
 * @param cachePpm parts per million that join a cache and never die
 * @param collector which collector runs: G1, Parallel or ZGC
 * @param adaptiveIhop {@code G1UseAdaptiveIHOP}: G1 predicts when to start marking instead of using
 *     {@code ihopPercent} alone (which it still uses until it has three samples)
 * @param newRatio {@code NewRatio}: the Parallel collector's old generation is this many times its young one
 * @param humongousPpm parts per million of requests that also allocate one large object of {@code humongousBytes}
 *     (humongous in G1 when it is more than half a region), living as long as the request
 * @param humongousBytes that object's size; 0 for none
 * @param cpus the CPUs the process may use: concurrent GC threads take their share from the request threads
 *     ({@code GOMAXPROCS} for Go)
 * @param gogc Go's {@code GOGC}: the heap may grow this many percent over the live heap before the next cycle;
 *     {@link #GOGC_OFF} for off
 * @param memoryLimitBytes Go's {@code GOMEMLIMIT}, or {@link #NO_MEMORY_LIMIT}
 */
public record GcParams(long heapBytes, long regionBytes, int maxPauseMillis, int ihopPercent,
        int maxTenuringThreshold, int parallelGcThreads, boolean disableExplicitGc, long meanInterarrivalNanos,
        int threads, long meanServiceNanos, long allocationPerRequestBytes, int sessionPpm,
        long meanSessionLifetimeNanos, int cachePpm, Collector collector, boolean adaptiveIhop, int newRatio,
        int humongousPpm, long humongousBytes, int cpus, int gogc, long memoryLimitBytes) {
    /** {@code GOGC=off}. */
    public static final int GOGC_OFF = -1;
    /** No {@code GOMEMLIMIT}. */
    public static final long NO_MEMORY_LIMIT = Long.MAX_VALUE;


    public static final long MIB = 1L << 20;
    /** G1's region bounds (g1HeapRegionBounds.hpp): 1 MiB, 32 MiB ergonomically, 512 MiB when given. */
    public static final long MIN_REGION_BYTES = MIB;
    public static final long MAX_ERGONOMIC_REGION_BYTES = 32 * MIB;
    public static final long MAX_REGION_BYTES = 512 * MIB;
    /** G1 aims for about this many regions when it picks the region size itself. */
    public static final int TARGET_REGION_COUNT = 2048;
    /** The most regions this model handles. */
    public static final int MAX_REGIONS = 1 << 16;

    public GcParams {
        if (regionBytes < MIN_REGION_BYTES || regionBytes > MAX_REGION_BYTES || Long.bitCount(regionBytes) != 1) {
            throw new IllegalArgumentException("region size must be a power of two from 1 MiB to 512 MiB: "
                    + regionBytes);
        }
        if (heapBytes < 16 * regionBytes || heapBytes / regionBytes > MAX_REGIONS) {
            throw new IllegalArgumentException("heap must hold 16 to " + MAX_REGIONS + " regions: " + heapBytes
                    + " bytes of " + regionBytes + "-byte regions");
        }
        if (maxPauseMillis < 1 || ihopPercent < 0 || ihopPercent > 100 || maxTenuringThreshold < 0
                || maxTenuringThreshold > 15 || parallelGcThreads < 1 || threads < 1) {
            throw new IllegalArgumentException("flag out of range");
        }
        if (meanInterarrivalNanos < 1 || meanServiceNanos < 1 || allocationPerRequestBytes < 0
                || meanSessionLifetimeNanos < 1) {
            throw new IllegalArgumentException("load out of range");
        }
        if (sessionPpm < 0 || cachePpm < 0 || sessionPpm + cachePpm > 1_000_000) {
            throw new IllegalArgumentException("lifetime mix must add up to at most 100 %");
        }
        if (collector == null || newRatio < 1 || humongousPpm < 0 || humongousPpm > 1_000_000 || humongousBytes < 0
                || humongousBytes > heapBytes / 2 || cpus < 1 || gogc < GOGC_OFF || memoryLimitBytes < 1) {
            throw new IllegalArgumentException("collector, NewRatio, large objects or CPUs out of range");
        }
    }

    /** G1 with a static initiating threshold, no large objects, four CPUs: the first slice's parameters. */
    public GcParams(long heapBytes, long regionBytes, int maxPauseMillis, int ihopPercent, int maxTenuringThreshold,
            int parallelGcThreads, boolean disableExplicitGc, long meanInterarrivalNanos, int threads,
            long meanServiceNanos, long allocationPerRequestBytes, int sessionPpm, long meanSessionLifetimeNanos,
            int cachePpm) {
        this(heapBytes, regionBytes, maxPauseMillis, ihopPercent, maxTenuringThreshold, parallelGcThreads,
                disableExplicitGc, meanInterarrivalNanos, threads, meanServiceNanos, allocationPerRequestBytes,
                sessionPpm, meanSessionLifetimeNanos, cachePpm, Collector.G1, false, 2, 0, 0, 4, 100, NO_MEMORY_LIMIT);
    }

    /** These parameters with another collector. */
    public GcParams withCollector(Collector c) {
        return new GcParams(heapBytes, regionBytes, maxPauseMillis, ihopPercent, maxTenuringThreshold,
                parallelGcThreads, disableExplicitGc, meanInterarrivalNanos, threads, meanServiceNanos,
                allocationPerRequestBytes, sessionPpm, meanSessionLifetimeNanos, cachePpm, c, adaptiveIhop, newRatio,
                humongousPpm, humongousBytes, cpus, gogc, memoryLimitBytes);
    }

    /** These parameters with {@code G1UseAdaptiveIHOP} on or off. */
    public GcParams withAdaptiveIhop(boolean on) {
        return new GcParams(heapBytes, regionBytes, maxPauseMillis, ihopPercent, maxTenuringThreshold,
                parallelGcThreads, disableExplicitGc, meanInterarrivalNanos, threads, meanServiceNanos,
                allocationPerRequestBytes, sessionPpm, meanSessionLifetimeNanos, cachePpm, collector, on, newRatio,
                humongousPpm, humongousBytes, cpus, gogc, memoryLimitBytes);
    }

    /** These parameters with {@code ppm} of requests allocating one object of {@code bytes}. */
    public GcParams withLargeObjects(int ppm, long bytes) {
        return new GcParams(heapBytes, regionBytes, maxPauseMillis, ihopPercent, maxTenuringThreshold,
                parallelGcThreads, disableExplicitGc, meanInterarrivalNanos, threads, meanServiceNanos,
                allocationPerRequestBytes, sessionPpm, meanSessionLifetimeNanos, cachePpm, collector, adaptiveIhop,
                newRatio, ppm, bytes, cpus, gogc, memoryLimitBytes);
    }

    /** A Go program's parameters: these with {@code runtime: go}, {@code GOGC} and {@code GOMEMLIMIT}. */
    public GcParams withGo(int gogcPercent, long limitBytes) {
        return new GcParams(heapBytes, regionBytes, maxPauseMillis, ihopPercent, maxTenuringThreshold,
                parallelGcThreads, disableExplicitGc, meanInterarrivalNanos, threads, meanServiceNanos,
                allocationPerRequestBytes, sessionPpm, meanSessionLifetimeNanos, cachePpm, Collector.GO, adaptiveIhop,
                newRatio, humongousPpm, humongousBytes, cpus, gogcPercent, limitBytes);
    }

    /** Whether the large object is humongous: more than half a region (G1's threshold, strictly greater). */
    public boolean largeObjectIsHumongous() {
        return humongousBytes > regionBytes / 2;
    }

    /**
     * The region size G1 picks for a heap of {@code heapBytes} when {@code G1HeapRegionSize} is not given
     * (HeapRegion::setup_heap_region_size): heap / 2048, within 1 MiB and 32 MiB, rounded up to a power of two.
     * A 128 MiB heap gets 1 MiB regions, 4 GiB gets 2 MiB, 6 GiB gets 4 MiB.
     */
    public static long ergonomicRegionBytes(long heapBytes) {
        long size = Math.max(MIN_REGION_BYTES, Math.min(MAX_ERGONOMIC_REGION_BYTES, heapBytes / TARGET_REGION_COUNT));
        long pow2 = Long.highestOneBit(size);
        return pow2 == size ? size : pow2 << 1;
    }

    /** {@code ConcGCThreads} as G1 derives it: (ParallelGCThreads + 2) / 4, at least 1. */
    public int concGcThreads() {
        return Math.max(1, (parallelGcThreads + 2) / 4);
    }

    /** Regions in the heap. */
    public int regionCount() {
        return (int) (heapBytes / regionBytes);
    }

    /** Mean time between arrivals for {@code requestsPerSecond}, rounded to whole nanoseconds. */
    public static long interarrivalForRate(double requestsPerSecond) {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("request rate must be positive: " + requestsPerSecond);
        }
        return Math.max(1L, StrictMath.round(1e9 / requestsPerSecond));
    }
}
