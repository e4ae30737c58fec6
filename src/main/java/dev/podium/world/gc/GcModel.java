package dev.podium.world.gc;

import dev.podium.engine.EventHandle;
import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.timeline.EventSink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * The simulated JVM service: an open-loop arrival process, a FIFO of requests waiting for one of {@code threads}
 * request threads, and a G1 heap ({@link Heap}, {@link G1Policy}) whose stop-the-world pauses freeze every thread.
 *
 * <p>A request allocates its bytes in {@value #ALLOCATION_SLICES} equal slices over its service time: temporary data
 * that dies when the request completes, session data that lives on, cache data that never dies. If eden has no room
 * for a slice, the thread waits while an evacuation pause runs (or a Full GC, when eden is empty and the heap still
 * has no room). Work and lifetimes are counted in mutator time ({@link #mutatorNanos()}, simulated time less the
 * pauses), so a pause delays every request in flight by exactly its length. Pauses never overlap: a pause that falls
 * due during another (Remark when marking ends, a Full GC after to-space exhaustion, {@code System.gc()}) starts when
 * it ends.
 *
 * <p>Requests are reported in tallies ({@link RequestsTallied}), one every {@value #TALLY_NANOS} ns, not one
 * event per request. Random numbers come from the streams {@code gc.arrivals}, {@code gc.service} and
 * {@code gc.lifetimes}. Runs on the kernel's thread; never sleeps.
 */
public final class GcModel {
    /** The tally interval: 50 ms. */
    public static final long TALLY_NANOS = 50_000_000L;

    /** How many equal slices a request's allocation comes in, spread over its service time. */
    public static final int ALLOCATION_SLICES = 4;

    /**
     * A request on a thread: when it arrived and started, how long its thread works on it and how much it allocates
     * (in mutator time), and what it does next at {@link #nextMutatorNanos}: allocate slice {@link #slice}, or
     * complete once every slice is allocated.
     */
    private static final class Request {
        final long id;
        final long arrivalNanos;
        long startMutatorNanos;
        long serviceNanos;
        long bytes;
        int slice;
        long nextMutatorNanos;

        Request(long id, long arrivalNanos) {
            this.id = id;
            this.arrivalNanos = arrivalNanos;
        }

        long doneMutatorNanos() {
            return startMutatorNanos + serviceNanos;
        }
    }

    private final Kernel kernel;
    private final EventSink sink;
    private final GcParams params;
    private final Heap heap;
    private final G1Policy policy;
    private final RandomStream arrivalStream;
    private final RandomStream serviceStream;
    private final RandomStream lifetimeStream;

    // service
    private final ArrayDeque<Request> waiting = new ArrayDeque<>();
    /** Requests on threads, by the mutator time of their next step, then by arrival: the threads' agenda. */
    private final PriorityQueue<Request> inService = new PriorityQueue<>((a, b) ->
            a.nextMutatorNanos != b.nextMutatorNanos ? Long.compare(a.nextMutatorNanos, b.nextMutatorNanos)
                    : Long.compare(a.id, b.id));
    private long meanInterarrivalNanos;
    private long nextRequest = 1;
    private EventHandle nextArrival;
    private EventHandle nextStep;
    private int burstPerMille = 1000;
    private EventHandle burstEnd;

    // pauses
    private boolean inPause;
    private long pauseStartNanos;
    private long pausedNanos;
    private int nextGcId;
    private GcCause pendingFull;
    private boolean fullSinceAllocation;

    // the concurrent cycle and mixed collections
    private boolean initiateMarking;
    private boolean marking;
    private int cycleId;
    private long markStartNanos;
    private long markStartMutatorNanos;
    private EventHandle markStep;
    private boolean remarkPending;
    private boolean cleanupPending;
    private boolean prepareMixed;
    private boolean mixedPhase;
    private final ArrayDeque<long[]> candidates = new ArrayDeque<>();
    private int oldRegionsPerMixed;
    /** What the last Cleanup found, for the ConcurrentMarkEnded that follows it. */
    private long markedLiveBytes;
    private long reclaimableBytes;
    private int candidateRegions;
    private boolean mixedPlanned;

    // the current tally
    private int tallyArrived;
    private int tallyCompleted;
    private long tallyMax;
    private final TreeMap<Integer, Integer> tallyBuckets = new TreeMap<>();

    public GcModel(Kernel kernel, EventSink sink, GcParams params) {
        this.kernel = kernel;
        this.sink = sink;
        this.params = params;
        this.heap = new Heap(params.regionBytes(), params.regionCount());
        this.policy = new G1Policy(params);
        this.arrivalStream = kernel.random("gc.arrivals");
        this.serviceStream = kernel.random("gc.service");
        this.lifetimeStream = kernel.random("gc.lifetimes");
        this.meanInterarrivalNanos = params.meanInterarrivalNanos();
    }

    /** Emits the set-up, schedules the first arrival and the tallies. */
    public void start() {
        policy.chooseYoungSize(heap);
        sink.emit(new GcConfigured(kernel.now(), params.heapBytes(), params.regionBytes(), params.regionCount(),
                params.maxPauseMillis(), params.ihopPercent(), params.maxTenuringThreshold(),
                params.parallelGcThreads(), params.concGcThreads(), params.disableExplicitGc(), params.threads(),
                meanInterarrivalNanos, params.meanServiceNanos(), params.allocationPerRequestBytes(),
                params.sessionPpm(), params.meanSessionLifetimeNanos(), params.cachePpm(),
                policy.edenTargetRegions(), heap.regionMap()));
        scheduleNextArrival();
        kernel.schedule(TALLY_NANOS, this::tally);
    }

    // ------------------------------------------------------------------ verbs

    /** Changes the arrival rate from now on; the pending arrival is drawn again with the new mean. */
    public void setMeanInterarrival(long meanNanos) {
        meanInterarrivalNanos = Math.max(1, meanNanos);
        sink.emit(new RequestRateChanged(kernel.now(), meanInterarrivalNanos));
        kernel.cancel(nextArrival);
        scheduleNextArrival();
    }

    /** Requests started in the next {@code durationNanos} allocate {@code factorPerMille} / 1000 times as much. */
    public void allocationBurst(int factorPerMille, long durationNanos) {
        burstPerMille = Math.max(1, factorPerMille);
        if (burstEnd != null) {
            kernel.cancel(burstEnd);
        }
        sink.emit(new AllocationBurstStarted(kernel.now(), burstPerMille, allocationBytes(), durationNanos));
        burstEnd = kernel.schedule(durationNanos, () -> {
            burstEnd = null;
            burstPerMille = 1000;
            sink.emit(new AllocationBurstEnded(kernel.now(), allocationBytes()));
        });
    }

    /** The application calls {@code System.gc()}: a Full GC, unless explicit GCs are disabled. */
    public void systemGc() {
        if (params.disableExplicitGc()) {
            sink.emit(new ExplicitGcIgnored(kernel.now()));
        } else if (inPause) {
            pendingFull = pendingFull == null ? GcCause.SYSTEM_GC : pendingFull;
        } else {
            beginPause(PauseKind.FULL, GcCause.SYSTEM_GC);
        }
    }

    /** Simulated time less every pause so far: the clock request threads and object lifetimes run on. */
    public long mutatorNanos() {
        return (inPause ? pauseStartNanos : kernel.now()) - pausedNanos;
    }

    // ------------------------------------------------------------------ requests

    private long allocationBytes() {
        return params.allocationPerRequestBytes() * burstPerMille / 1000;
    }

    private void scheduleNextArrival() {
        nextArrival = kernel.schedule(arrivalStream.exponentialNanos(meanInterarrivalNanos), () -> {
            tallyArrived++;
            waiting.addLast(new Request(nextRequest++, kernel.now()));
            if (!inPause && inService.size() < params.threads()) {
                runAgenda();
            }
            scheduleNextArrival();
        });
    }

    /** Gives waiting requests to free threads while the world runs; their first slices are due at once. */
    private void startRequests() {
        long now = mutatorNanos();
        while (!inPause && inService.size() < params.threads() && !waiting.isEmpty()) {
            Request r = waiting.removeFirst();
            r.startMutatorNanos = now;
            r.serviceNanos = serviceStream.exponentialNanos(params.meanServiceNanos());
            r.bytes = allocationBytes();
            r.slice = 0;
            r.nextMutatorNanos = now;
            inService.add(r);
        }
    }

    /**
     * Carries out the threads' agenda up to now: allocation slices and completions, in mutator-time order. An
     * allocation eden has no room for starts a pause (the thread retries when the world runs again): an evacuation
     * pause if eden holds anything, else a Full GC, and if a Full GC just ran, the request fails with an
     * {@link OutOfMemoryErrorThrown}.
     */
    private void runAgenda() {
        if (nextStep != null) { // fired (then this is it) or still pending (then this call takes over)
            kernel.cancel(nextStep);
            nextStep = null;
        }
        while (!inPause) {
            startRequests();
            Request r = inService.peek();
            long now = mutatorNanos();
            if (r == null || r.nextMutatorNanos > now) {
                break;
            }
            inService.poll();
            if (r.slice == ALLOCATION_SLICES) {
                complete(r);
                continue;
            }
            long bytes = r.bytes / ALLOCATION_SLICES;
            int target = (int) Math.max(policy.edenTargetRegions(), Heap.ceilDiv(bytes, params.regionBytes()));
            if (!heap.edenFits(bytes, target)) {
                if (heap.edenBytes() > 0) {
                    inService.add(r);
                    beginPause(nextYoungKind(), GcCause.EVACUATION);
                } else if (!fullSinceAllocation) { // nothing young to collect: only compaction can make room
                    inService.add(r);
                    beginPause(PauseKind.FULL, GcCause.COMPACTION);
                } else { // even a Full GC left no room: the request fails; the next allocation may try again
                    sink.emit(new OutOfMemoryErrorThrown(kernel.now(), bytes, heap.liveBytes(now)));
                    fullSinceAllocation = false;
                    continue;
                }
                return;
            }
            fullSinceAllocation = false;
            allocate(bytes, r.doneMutatorNanos());
            r.slice++;
            r.nextMutatorNanos = r.startMutatorNanos + r.serviceNanos * r.slice / ALLOCATION_SLICES;
            inService.add(r);
        }
        scheduleAgenda();
    }

    /** One slice: temporary data dying when the request completes, session data, cache data. */
    private void allocate(long bytes, long requestDoneNanos) {
        long session = partsPerMillion(bytes, params.sessionPpm());
        long cache = partsPerMillion(bytes, params.cachePpm());
        long sessionDeath = mutatorNanos() + lifetimeStream.exponentialNanos(params.meanSessionLifetimeNanos());
        heap.allocate(requestDoneNanos, bytes - session - cache, this::edenRegionTaken);
        heap.allocate(sessionDeath, session, this::edenRegionTaken);
        heap.allocate(Long.MAX_VALUE, cache, this::edenRegionTaken);
    }

    /** {@code ppm} millionths of {@code bytes}, rounded down, without overflowing for any heap. */
    static long partsPerMillion(long bytes, int ppm) {
        return bytes / 1_000_000 * ppm + bytes % 1_000_000 * ppm / 1_000_000;
    }

    private void edenRegionTaken(int region) {
        sink.emit(new EdenRegionTaken(kernel.now(), region, heap.edenRegions()));
    }

    private void complete(Request r) {
        long latency = kernel.now() - r.arrivalNanos;
        tallyCompleted++;
        tallyMax = Math.max(tallyMax, latency);
        tallyBuckets.merge(LatencyHistogram.bucketOf(latency), 1, Integer::sum);
    }

    /** Schedules the kernel event for the agenda's next step; none while the world is stopped. */
    private void scheduleAgenda() {
        if (nextStep != null) {
            kernel.cancel(nextStep);
            nextStep = null;
        }
        Request head = inService.peek();
        if (inPause || (head == null && waiting.isEmpty())) {
            return;
        }
        long delay = head == null ? 0 : Math.max(0, head.nextMutatorNanos - mutatorNanos());
        nextStep = kernel.schedule(delay, this::runAgenda);
    }

    // ------------------------------------------------------------------ pauses

    /** What a pause does, worked out when it begins: the world is stopped, so nothing else touches the heap. */
    private record Outcome(long durationNanos, long copiedBytes, long promotedBytes, boolean toSpaceExhausted) {
    }

    /** The young pause due now, as G1 names it in its phase: concurrent start, prepare mixed, mixed or normal. */
    private PauseKind nextYoungKind() {
        if (initiateMarking) {
            return PauseKind.CONCURRENT_START;
        } else if (prepareMixed) {
            return PauseKind.PREPARE_MIXED;
        }
        return mixedPhase ? PauseKind.MIXED : PauseKind.YOUNG;
    }

    private void beginPause(PauseKind kind, GcCause cause) {
        long before = heap.usedBytes();
        int id = kind == PauseKind.REMARK || kind == PauseKind.CLEANUP ? cycleId : nextGcId++;
        pauseStartNanos = kernel.now();
        inPause = true;
        if (nextStep != null) {
            kernel.cancel(nextStep);
            nextStep = null;
        }
        sink.emit(new GcPauseStarted(kernel.now(), id, kind, cause, before, inService.size(), waiting.size()));
        Outcome outcome = switch (kind) {
            case REMARK -> remark();
            case CLEANUP -> cleanup();
            case FULL -> full();
            default -> evacuate(kind);
        };
        kernel.schedule(outcome.durationNanos(), () -> endPause(id, kind, cause, before, outcome));
    }

    private Outcome evacuate(PauseKind kind) {
        int[] oldCset = kind == PauseKind.MIXED ? nextOldCset() : new int[0];
        int youngRegions = heap.edenRegions() + heap.survivorRegions();
        Heap.Evacuation ev = heap.evacuate(mutatorNanos(), policy.tenuringThreshold(), policy.maxSurvivorRegions(),
                oldCset);
        long duration = G1Tuning.YOUNG_FIXED_NANOS
                + (long) (youngRegions + oldCset.length) * G1Tuning.PER_CSET_REGION_NANOS
                + G1Tuning.work(ev.copiedBytes(), G1Tuning.COPY_PICOS_PER_BYTE, params.parallelGcThreads())
                + G1Tuning.work(ev.failedBytes(), G1Tuning.EVACUATION_FAILURE_PICOS_PER_BYTE,
                        params.parallelGcThreads());
        policy.afterEvacuation(heap, ev);
        return new Outcome(duration, ev.copiedBytes(), ev.promotedBytes(), ev.failedBytes() > 0);
    }

    /** The next slice of candidate old regions: about 1/8 of the candidates, at most 10 % of the heap. */
    private int[] nextOldCset() {
        List<Integer> regions = new ArrayList<>();
        while (regions.size() < oldRegionsPerMixed && !candidates.isEmpty()) {
            int r = (int) candidates.pollFirst()[0];
            if (heap.isOld(r)) {
                regions.add(r);
            }
        }
        return regions.stream().mapToInt(Integer::intValue).toArray();
    }

    private Outcome remark() {
        heap.freeEmptyOldRegions(mutatorNanos());
        policy.chooseYoungSize(heap);
        return new Outcome(G1Tuning.REMARK_FIXED_NANOS + (long) heap.oldRegions() * G1Tuning.REMARK_PER_REGION_NANOS,
                0, 0, false);
    }

    private Outcome cleanup() {
        List<long[]> found = heap.mixedCandidates(markStartMutatorNanos, G1Tuning.MIXED_LIVE_THRESHOLD_PERCENT);
        markedLiveBytes = heap.liveOldBytes(markStartMutatorNanos);
        reclaimableBytes = reclaimable(found);
        candidateRegions = found.size();
        mixedPlanned = !found.isEmpty() && worthReclaiming(reclaimableBytes);
        candidates.clear();
        if (mixedPlanned) {
            candidates.addAll(found);
            int perPause = (found.size() + G1Tuning.MIXED_GC_COUNT_TARGET - 1) / G1Tuning.MIXED_GC_COUNT_TARGET;
            int cap = Math.max(1, params.regionCount() * G1Tuning.OLD_CSET_REGION_THRESHOLD_PERCENT / 100);
            oldRegionsPerMixed = Math.min(perPause, cap);
        }
        return new Outcome(G1Tuning.CLEANUP_FIXED_NANOS
                + (long) params.regionCount() * G1Tuning.CLEANUP_PER_REGION_NANOS, 0, 0, false);
    }

    private long reclaimable(Iterable<long[]> regions) {
        long total = 0;
        for (long[] c : regions) {
            total += params.regionBytes() - c[1];
        }
        return total;
    }

    /** Whether garbage of {@code bytes} is more than {@code G1HeapWastePercent} of the heap. */
    private boolean worthReclaiming(long bytes) {
        return bytes * 100 > params.heapBytes() * G1Tuning.HEAP_WASTE_PERCENT;
    }

    private Outcome full() {
        if (marking) { // a Full GC aborts the concurrent cycle
            if (markStep != null) {
                kernel.cancel(markStep);
                markStep = null;
            }
            marking = false;
            remarkPending = false;
            cleanupPending = false;
            sink.emit(new ConcurrentMarkEnded(kernel.now(), cycleId, kernel.now() - markStartNanos, 0, 0, 0, false,
                    true));
        }
        initiateMarking = false;
        prepareMixed = false;
        mixedPhase = false;
        candidates.clear();
        long used = heap.usedBytes();
        long compacted = heap.compact(mutatorNanos());
        policy.chooseYoungSize(heap);
        long duration = G1Tuning.FULL_FIXED_NANOS
                + G1Tuning.work(compacted, G1Tuning.FULL_PICOS_PER_LIVE_BYTE, params.parallelGcThreads())
                + G1Tuning.work(used, G1Tuning.FULL_PICOS_PER_USED_BYTE, params.parallelGcThreads());
        return new Outcome(duration, compacted, 0, false);
    }

    private void endPause(int id, PauseKind kind, GcCause cause, long before, Outcome outcome) {
        pausedNanos += outcome.durationNanos();
        inPause = false;
        sink.emit(new GcPauseEnded(kernel.now(), id, kind, cause, before, heap.usedBytes(), params.heapBytes(),
                outcome.durationNanos(), outcome.copiedBytes(), outcome.promotedBytes(), outcome.toSpaceExhausted(),
                policy.edenTargetRegions(), policy.tenuringThreshold(), heap.regionMap()));
        switch (kind) {
            case CONCURRENT_START -> startMarking();
            case PREPARE_MIXED -> {
                prepareMixed = false;
                mixedPhase = true;
            }
            case MIXED -> {
                if (candidates.isEmpty() || !worthReclaiming(reclaimable(candidates))) {
                    mixedPhase = false;
                    candidates.clear();
                }
            }
            case REMARK -> markStep = kernel.schedule(G1Tuning.work(heap.oldBytes(), G1Tuning.REBUILD_PICOS_PER_BYTE,
                    params.concGcThreads()), () -> concurrentStepDone(false));
            case CLEANUP -> {
                marking = false;
                prepareMixed = mixedPlanned;
                sink.emit(new ConcurrentMarkEnded(kernel.now(), cycleId, kernel.now() - markStartNanos,
                        markedLiveBytes, reclaimableBytes, candidateRegions, mixedPlanned, false));
            }
            case FULL -> fullSinceAllocation = true;
            default -> {
            }
        }
        if (kind.evacuatesYoung()) {
            if (outcome.toSpaceExhausted()) {
                pendingFull = GcCause.COMPACTION; // as G1 does after "To-space exhausted"
            } else if (!marking && !prepareMixed && !mixedPhase && policy.occupancyCallsForMarking(heap)) {
                initiateMarking = true;
            }
        }
        if (pendingFull != null) {
            GcCause next = pendingFull;
            pendingFull = null;
            beginPause(PauseKind.FULL, next);
        } else if (remarkPending) {
            remarkPending = false;
            beginPause(PauseKind.REMARK, GcCause.NONE);
        } else if (cleanupPending) {
            cleanupPending = false;
            beginPause(PauseKind.CLEANUP, GcCause.NONE);
        } else {
            runAgenda();
        }
    }

    // ------------------------------------------------------------------ the concurrent cycle

    private void startMarking() {
        initiateMarking = false;
        marking = true;
        cycleId = nextGcId++;
        markStartNanos = kernel.now();
        markStartMutatorNanos = mutatorNanos();
        sink.emit(new ConcurrentMarkStarted(kernel.now(), cycleId, heap.oldBytes(),
                policy.initiatingThresholdBytes()));
        markStep = kernel.schedule(G1Tuning.work(heap.oldBytes(), G1Tuning.MARK_PICOS_PER_BYTE,
                params.concGcThreads()), () -> concurrentStepDone(true));
    }

    /** Marking (then Remark is due) or rebuilding remembered sets (then Cleanup is due) finished. */
    private void concurrentStepDone(boolean markingDone) {
        markStep = null;
        if (inPause) {
            remarkPending |= markingDone;
            cleanupPending |= !markingDone;
        } else {
            beginPause(markingDone ? PauseKind.REMARK : PauseKind.CLEANUP, GcCause.NONE);
        }
    }

    // ------------------------------------------------------------------ tallies

    private void tally() {
        sink.emit(new RequestsTallied(kernel.now(), tallyArrived, tallyCompleted, waiting.size(), inService.size(),
                tallyMax, tallyBuckets));
        tallyArrived = 0;
        tallyCompleted = 0;
        tallyMax = 0;
        tallyBuckets.clear();
        kernel.schedule(TALLY_NANOS, this::tally);
    }
}
