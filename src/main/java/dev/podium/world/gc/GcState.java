package dev.podium.world.gc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The JVM service as seen at one time, folded by {@link GcProjection}: the region table, the pauses so far, the
 * concurrent cycle, the requests, and latency percentiles over a sliding window of {@link #LATENCY_WINDOW_NANOS}.
 * Views read it; only the projection changes it. Sizes in bytes, times in simulated nanoseconds. Not thread-safe.
 */
public final class GcState {
    /** The sliding window the current percentiles cover: the last second of tallies. */
    public static final long LATENCY_WINDOW_NANOS = 1_000_000_000L;

    boolean configured;
    long heapBytes;
    long regionBytes;
    Collector collector = Collector.G1;
    int maxPauseMillis;
    int ihopPercent;
    /** G1's adaptive initiating threshold in bytes ({@link IhopThresholdChanged}); -1: adaptive IHOP is off. */
    long adaptiveIhopBytes = -1;
    boolean adaptiveIhopPredicted;
    /** Where the evacuation pause in progress moves live objects; null outside one (or in older recordings). */
    RegionsEvacuated evacuation;
    int maxTenuringThreshold;
    int parallelGcThreads;
    int threads;
    long meanInterarrivalNanos;
    long meanServiceNanos;
    long allocationPerRequestBytes;
    RegionKind[] regions = new RegionKind[0];
    final int[] regionCounts = new int[RegionKind.values().length];
    long usedAfterPauseBytes;
    int edenTargetRegions;
    int tenuringThreshold;

    final List<GcPause> pauses;
    /** For a timeline imported from a log: the logged pause behind each of {@link #pauses}, index for index. */
    final List<LoggedPause> loggedPauses;
    /** In a simulated run (one begun by {@link GcConfigured}): the pauses of the real log it was fitted to. */
    final List<LoggedPause> originalPauses;
    /** An imported Go scheduler trace's samples so far, in time order. */
    final List<SchedTraced> schedSamples;
    boolean simulated;
    final HeapTrend heapTrend;
    final List<MarkPhase> markPhases;
    final RecentLatencies recent;
    /** CPU time concurrent phases took from the requests, in nanoseconds of all CPUs (Go marking so far). */
    long concurrentCpuNanos;
    long totalPauseNanos;
    long maxPauseNanos;
    int fullGcCount;
    boolean toSpaceExhaustedEver;

    boolean marking;
    long markStartedNanos;
    int concurrentCycles;
    boolean mixedPhase;

    boolean burst;
    long burstEndsNanos;

    long arrived;
    long completed;
    int waiting;
    int busyThreads;
    int outOfMemoryErrors;
    int explicitGcsIgnored;
    /** How many times the process was started again, and whether it is ended (or still starting) now. */
    int processRestarts;
    boolean processDown;

    final ArrayDeque<RequestsTallied> window;
    final LatencyHistogram windowHistogram;
    final LatencyHistogram runHistogram;
    final LatencySeries latency;
    long maxLatencyNanos;

    GcState() {
        pauses = new ArrayList<>();
        loggedPauses = new ArrayList<>();
        originalPauses = new ArrayList<>();
        schedSamples = new ArrayList<>();
        heapTrend = new HeapTrend();
        markPhases = new ArrayList<>();
        recent = new RecentLatencies();
        window = new ArrayDeque<>();
        windowHistogram = new LatencyHistogram();
        runHistogram = new LatencyHistogram();
        latency = new LatencySeries();
    }

    GcState(GcState o) {
        configured = o.configured;
        heapBytes = o.heapBytes;
        regionBytes = o.regionBytes;
        maxPauseMillis = o.maxPauseMillis;
        ihopPercent = o.ihopPercent;
        adaptiveIhopBytes = o.adaptiveIhopBytes;
        adaptiveIhopPredicted = o.adaptiveIhopPredicted;
        evacuation = o.evacuation;
        collector = o.collector;
        maxTenuringThreshold = o.maxTenuringThreshold;
        parallelGcThreads = o.parallelGcThreads;
        threads = o.threads;
        meanInterarrivalNanos = o.meanInterarrivalNanos;
        meanServiceNanos = o.meanServiceNanos;
        allocationPerRequestBytes = o.allocationPerRequestBytes;
        regions = o.regions.clone();
        System.arraycopy(o.regionCounts, 0, regionCounts, 0, regionCounts.length);
        usedAfterPauseBytes = o.usedAfterPauseBytes;
        edenTargetRegions = o.edenTargetRegions;
        tenuringThreshold = o.tenuringThreshold;
        pauses = new ArrayList<>(o.pauses);
        loggedPauses = new ArrayList<>(o.loggedPauses);
        originalPauses = new ArrayList<>(o.originalPauses);
        schedSamples = new ArrayList<>(o.schedSamples);
        simulated = o.simulated;
        heapTrend = new HeapTrend(o.heapTrend);
        markPhases = new ArrayList<>(o.markPhases);
        recent = new RecentLatencies(o.recent);
        concurrentCpuNanos = o.concurrentCpuNanos;
        totalPauseNanos = o.totalPauseNanos;
        maxPauseNanos = o.maxPauseNanos;
        fullGcCount = o.fullGcCount;
        toSpaceExhaustedEver = o.toSpaceExhaustedEver;
        marking = o.marking;
        markStartedNanos = o.markStartedNanos;
        concurrentCycles = o.concurrentCycles;
        mixedPhase = o.mixedPhase;
        burst = o.burst;
        burstEndsNanos = o.burstEndsNanos;
        arrived = o.arrived;
        completed = o.completed;
        waiting = o.waiting;
        busyThreads = o.busyThreads;
        outOfMemoryErrors = o.outOfMemoryErrors;
        explicitGcsIgnored = o.explicitGcsIgnored;
        processRestarts = o.processRestarts;
        processDown = o.processDown;
        window = new ArrayDeque<>(o.window);
        windowHistogram = new LatencyHistogram(o.windowHistogram);
        runHistogram = new LatencyHistogram(o.runHistogram);
        latency = new LatencySeries(o.latency);
        maxLatencyNanos = o.maxLatencyNanos;
    }

    // ------------------------------------------------------------------ the heap

    /** Whether a {@link GcConfigured} has been folded. */
    public boolean configured() {
        return configured;
    }

    public long heapBytes() {
        return heapBytes;
    }

    public long regionBytes() {
        return regionBytes;
    }

    public int regionCount() {
        return regions.length;
    }

    /** What region {@code index} holds. */
    public RegionKind region(int index) {
        return regions[index];
    }

    /** How many regions hold {@code kind}. */
    public int regions(RegionKind kind) {
        return regionCounts[kind.ordinal()];
    }

    /**
     * Bytes in use: what the last pause left, plus the eden regions taken since (counted full; the last is
     * partly filled, so this may run ahead by less than one region).
     */
    public long usedBytes() {
        return usedAfterPauseBytes + (long) regions(RegionKind.EDEN) * regionBytes;
    }

    /** Bytes in old and humongous regions, counted by whole regions: what the initiating threshold is about. */
    public long oldBytes() {
        return (long) (regions(RegionKind.OLD) + regions(RegionKind.HUMONGOUS)) * regionBytes;
    }

    /** The collector: G1, Parallel or ZGC. */
    public Collector collector() {
        return collector;
    }

    public int maxPauseMillis() {
        return maxPauseMillis;
    }

    public int ihopPercent() {
        return ihopPercent;
    }

    /** The initiating threshold in bytes: the adaptive one when G1's adaptive IHOP is on, else the configured one. */
    public long ihopBytes() {
        return adaptiveIhopBytes >= 0 ? adaptiveIhopBytes : heapBytes / 100 * ihopPercent;
    }

    /** Whether G1's adaptive IHOP is on (the run reported its threshold). */
    public boolean adaptiveIhop() {
        return adaptiveIhopBytes >= 0;
    }

    /** Whether the adaptive threshold is G1's prediction yet, not the initial percentage it starts from. */
    public boolean adaptiveIhopPredicted() {
        return adaptiveIhopPredicted;
    }

    /**
     * Where the evacuation pause in progress takes live objects from and puts them; null when no evacuation pause
     * is in progress or the recording does not say.
     */
    public RegionsEvacuated evacuation() {
        GcPause running = currentPause();
        return running != null && evacuation != null && evacuation.gcId() == running.gcId() ? evacuation : null;
    }

    public int maxTenuringThreshold() {
        return maxTenuringThreshold;
    }

    public int parallelGcThreads() {
        return parallelGcThreads;
    }

    public int edenTargetRegions() {
        return edenTargetRegions;
    }

    public int tenuringThreshold() {
        return tenuringThreshold;
    }

    // ------------------------------------------------------------------ pauses and the concurrent cycle

    /** Every pause begun so far, in order; the last may be running. */
    public List<GcPause> pauses() {
        return Collections.unmodifiableList(pauses);
    }

    /**
     * The pause of a real log behind pause {@code index} of {@link #pauses()} (its name and cause as logged), or
     * null when the pause was simulated.
     */
    public LoggedPause loggedPause(int index) {
        return index >= 0 && index < loggedPauses.size() && loggedPauses.size() == pauses.size()
                ? loggedPauses.get(index) : null;
    }

    /**
     * In a run simulated from a real log: the log's own pauses, in order, to draw beside the simulated ones (each
     * ended at its {@code timeNanos} and began {@code durationNanos} earlier). Empty for a run with no log behind it
     * and for a plain imported log (whose pauses are {@link #pauses()} themselves).
     */
    public List<LoggedPause> originalPauses() {
        return Collections.unmodifiableList(originalPauses);
    }

    /** An imported Go scheduler trace's samples up to now, in time order; empty without one. */
    public List<SchedTraced> schedSamples() {
        return Collections.unmodifiableList(schedSamples);
    }

    /** The kind of original pause {@code index}, read from its logged name as the importer does. */
    public PauseKind originalPauseKind(int index) {
        return LoggedPauseKinds.kind(originalPauses.get(index).name());
    }

    /** Whether the run is simulated (a {@link GcConfigured} began it), not a log read back. */
    public boolean simulated() {
        return simulated;
    }

    /** The heap in use wherever a collection started or ended: the saw-tooth, and the heap after each GC. */
    public HeapTrend heapTrend() {
        return heapTrend;
    }

    /** Every concurrent phase begun so far (G1 marking, ZGC and Go cycles), in order; the last may be running. */
    public List<MarkPhase> markPhases() {
        return Collections.unmodifiableList(markPhases);
    }

    /**
     * The GC's share of CPU from the start to {@code nowNanos}, in per mille: stop-the-world time (every request thread
     * stands still) plus the CPU Go's marking took (its dedicated workers and the mark assists). ZGC's and G1's
     * concurrent threads are not counted.
     */
    public int gcCpuPerMille(long nowNanos) {
        if (nowNanos <= 0) {
            return 0;
        }
        long stopped = totalPauseNanos;
        GcPause running = currentPause();
        if (running != null) {
            stopped += Math.max(0, nowNanos - running.startNanos());
        }
        long concurrent = concurrentCpuNanos;
        MarkPhase last = markPhases.isEmpty() ? null : markPhases.get(markPhases.size() - 1);
        if (last != null && last.running() && collector == Collector.GO) {
            concurrent += Math.max(0, nowNanos - last.startNanos()) * (GoTuning.BACKGROUND_PER_MILLE
                    + last.assistPerMille()) / 1000;
        }
        return (int) Math.min(1000, (stopped + concurrent) * 1000 / nowNanos);
    }

    /** The pause running now, or null. */
    public GcPause currentPause() {
        GcPause last = pauses.isEmpty() ? null : pauses.get(pauses.size() - 1);
        return last != null && last.running() ? last : null;
    }

    /** Pauses ended so far. */
    public int pauseCount() {
        return currentPause() == null ? pauses.size() : pauses.size() - 1;
    }

    public long totalPauseNanos() {
        return totalPauseNanos;
    }

    public long maxPauseNanos() {
        return maxPauseNanos;
    }

    public int fullGcCount() {
        return fullGcCount;
    }

    public boolean marking() {
        return marking;
    }

    public long markStartedNanos() {
        return markStartedNanos;
    }

    public int concurrentCycles() {
        return concurrentCycles;
    }

    /** Whether mixed collections are planned or under way. */
    public boolean mixedPhase() {
        return mixedPhase;
    }

    public boolean burst() {
        return burst;
    }

    // ------------------------------------------------------------------ requests and latency

    public int threads() {
        return threads;
    }

    public long meanInterarrivalNanos() {
        return meanInterarrivalNanos;
    }

    public long meanServiceNanos() {
        return meanServiceNanos;
    }

    public long allocationPerRequestBytes() {
        return allocationPerRequestBytes;
    }

    public long arrived() {
        return arrived;
    }

    public long completed() {
        return completed;
    }

    /** Requests queued for a thread at the last tally. */
    public int waiting() {
        return waiting;
    }

    /** Threads serving a request at the last tally. */
    public int busyThreads() {
        return busyThreads;
    }

    public int outOfMemoryErrors() {
        return outOfMemoryErrors;
    }

    /** How many times the process was started again after it ended. */
    public int processRestarts() {
        return processRestarts;
    }

    /** Whether the process has ended and no new one serves yet. */
    public boolean processDown() {
        return processDown;
    }

    public int explicitGcsIgnored() {
        return explicitGcsIgnored;
    }

    /** Requests completed in the sliding window. */
    public long windowCount() {
        return windowHistogram.count();
    }

    /**
     * A percentile of the latencies completed in the sliding window, in parts per million (990,000 for p99), to
     * the bucket resolution of {@link LatencyHistogram}; 0 when none completed.
     */
    public long windowPercentile(int perMillion) {
        return windowHistogram.percentile(perMillion);
    }

    /** A percentile of every latency completed so far. */
    public long runPercentile(int perMillion) {
        return runHistogram.percentile(perMillion);
    }

    /** The longest latency completed so far. */
    public long maxLatencyNanos() {
        return maxLatencyNanos;
    }

    /** Completions per latency bin and second of the run: the latency histogram's source. */
    public RecentLatencies recentLatencies() {
        return recent;
    }

    /** The sliding-window percentiles at every tally so far. */
    public LatencySeries latency() {
        return latency;
    }

    void countRegions() {
        Arrays.fill(regionCounts, 0);
        for (RegionKind kind : regions) {
            regionCounts[kind.ordinal()]++;
        }
    }
}
