package dev.podium.world.gc;

import dev.podium.engine.EventHandle;
import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import java.util.List;

/**
 * The stop-the-world pauses of {@link GcModel}: what each kind does to the heap when it begins (the world is
 * stopped, so nothing else touches it), how long it takes, what falls due when it ends (a Full GC after to-space
 * exhaustion, Remark or Cleanup held back by another pause), and G1's concurrent cycle around them: marking started
 * at the initiating threshold, Remark, the remembered-set rebuild, Cleanup, the mixed phase, and the adaptive IHOP
 * threshold it reports. The request threads are the model's: a pause stops them through
 * {@link GcModel#stopRequests} and lets them go through {@link GcModel#resumeRequests}. Kernel thread only.
 */
final class StwPauses {
    private final GcModel m;
    private final Kernel kernel;
    private final EventSink sink;
    private final GcParams params;

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
    private final MixedCandidates candidates;
    /** A Prepare Mixed pause ended and the first Mixed pause, which ends adaptive IHOP's marking time, is to come. */
    private boolean firstMixedDue;

    /** The adaptive IHOP threshold last reported, or -1. */
    private long reportedIhopBytes = -1;
    private boolean reportedIhopPredicted;

    StwPauses(GcModel model, Kernel kernel, EventSink sink, GcParams params) {
        this.m = model;
        this.kernel = kernel;
        this.sink = sink;
        this.params = params;
        this.candidates = new MixedCandidates(params);
    }

    /** What a pause does, worked out when it begins. */
    private record Outcome(long durationNanos, long copiedBytes, long promotedBytes, boolean toSpaceExhausted,
            long[] humongousReclaimed) {
        Outcome(long durationNanos, long copiedBytes, long promotedBytes, boolean toSpaceExhausted) {
            this(durationNanos, copiedBytes, promotedBytes, toSpaceExhausted, new long[2]);
        }
    }

    int takeGcId() {
        return nextGcId++;
    }

    /** Whether a Full GC ran since the last allocation succeeded: another would not make room. */
    boolean fullSinceAllocation() {
        return fullSinceAllocation;
    }

    /** An allocation succeeded. */
    void allocated() {
        fullSinceAllocation = false;
    }

    /** A Full GC (for {@code cause}) is to start when the pause in progress ends, unless one is already due. */
    void fullAfterThisPause(GcCause cause) {
        pendingFull = pendingFull == null ? cause : pendingFull;
    }

    /** Old occupancy grew outside a pause (a humongous object): G1 may start a concurrent cycle now. */
    void oldGrew(GcCause cause) {
        if (!marking && !initiateMarking && !prepareMixed && !mixedPhase
                && m.policy().occupancyCallsForMarking(m.heap())) {
            initiateMarking = true;
            begin(PauseKind.CONCURRENT_START, cause);
        }
    }

    /** The process ended: no pause, no cycle, nothing due; the adaptive IHOP threshold is reported again. */
    void reset() {
        if (markStep != null) {
            kernel.cancel(markStep);
            markStep = null;
        }
        pendingFull = null;
        fullSinceAllocation = false;
        initiateMarking = false;
        marking = false;
        remarkPending = false;
        cleanupPending = false;
        prepareMixed = false;
        mixedPhase = false;
        firstMixedDue = false;
        candidates.reset();
        reportedIhopBytes = -1;
    }

    /** The young pause due now, as G1 names it in its phase: concurrent start, prepare mixed, mixed or normal. */
    PauseKind nextYoungKind() {
        if (initiateMarking) {
            return PauseKind.CONCURRENT_START;
        } else if (prepareMixed) {
            return PauseKind.PREPARE_MIXED;
        }
        return mixedPhase ? PauseKind.MIXED : PauseKind.YOUNG;
    }

    void begin(PauseKind kind, GcCause cause) {
        long before = m.heap().usedBytes();
        int id = kind == PauseKind.REMARK || kind == PauseKind.CLEANUP ? cycleId
                : kind.family() == PauseKind.Family.CONCURRENT_CYCLE ? m.cycles().cycleId() : nextGcId++;
        m.stopRequests();
        sink.emit(new GcPauseStarted(kernel.now(), id, kind, cause, before, m.busyThreads(), m.queued()));
        Outcome outcome = switch (kind) {
            case REMARK -> remark();
            case CLEANUP -> cleanup();
            case FULL -> full();
            case Z_MARK_START, Z_MARK_END, Z_RELOCATE_START -> new Outcome(ZTuning.PAUSE_FIXED_NANOS
                    + (long) params.threads() * ZTuning.PAUSE_PER_THREAD_NANOS, 0, 0, false);
            case GO_SWEEP_TERMINATION, GO_MARK_TERMINATION -> new Outcome(GoTuning.STW_FIXED_NANOS
                    + (long) params.threads() * GoTuning.STW_PER_GOROUTINE_NANOS, 0, 0, false);
            case PARALLEL_YOUNG -> evacuateParallel(id);
            default -> evacuate(id, kind);
        };
        m.resyncEden();
        m.pauseEndsAt(kernel.now() + outcome.durationNanos());
        kernel.schedule(outcome.durationNanos(), m.guarded(() -> end(id, kind, cause, before, outcome)));
    }

    private Outcome evacuate(int id, PauseKind kind) {
        Heap heap = m.heap();
        G1Policy policy = m.policy();
        long now = m.mutatorNanos();
        if (kind == PauseKind.MIXED && firstMixedDue) { // marking's length, as adaptive IHOP measures it
            firstMixedDue = false;
            policy.recordMarkingTime(now - markStartMutatorNanos);
        }
        int[] oldCset = kind == PauseKind.MIXED ? candidates.nextOldCset(heap) : new int[0];
        long[] reclaimed = heap.reclaimDeadHumongous(now); // eager reclaim
        int youngRegions = heap.edenRegions() + heap.survivorRegions();
        Heap.Evacuation ev = heap.evacuate(now, policy.tenuringThreshold(), policy.maxSurvivorRegions(), oldCset);
        long duration = G1Tuning.YOUNG_FIXED_NANOS
                + (long) (youngRegions + oldCset.length) * G1Tuning.PER_CSET_REGION_NANOS + copyWork(ev);
        reportMovement(id, ev);
        policy.afterEvacuation(heap, ev);
        policy.recordYoungPause(now, ev.promotedBytes(), kind != PauseKind.MIXED);
        return new Outcome(duration, ev.copiedBytes(), ev.promotedBytes(), ev.failedBytes() > 0, reclaimed);
    }

    /** The Parallel collector's young pause: eden and one survivor space copied to the other, or to old. */
    private Outcome evacuateParallel(int id) {
        ParallelPolicy parallel = m.parallel();
        Heap.Evacuation ev = m.heap().evacuate(m.mutatorNanos(), parallel.tenuringThreshold(),
                parallel.maxSurvivorRegions(), new int[0]);
        long duration = ParallelTuning.YOUNG_FIXED_NANOS + copyWork(ev);
        reportMovement(id, ev);
        parallel.afterYoung(ev);
        return new Outcome(duration, ev.copiedBytes(), ev.promotedBytes(), ev.failedBytes() > 0);
    }

    /** The parallel GC threads' time to copy what an evacuation copied and to handle what failed to. */
    private long copyWork(Heap.Evacuation ev) {
        return G1Tuning.work(ev.copiedBytes(), G1Tuning.COPY_PICOS_PER_BYTE, params.parallelGcThreads())
                + G1Tuning.work(ev.failedBytes(), G1Tuning.EVACUATION_FAILURE_PICOS_PER_BYTE,
                        params.parallelGcThreads());
    }

    /** Where pause {@code id} takes live objects from and puts them, for the heap view's arrows. */
    private void reportMovement(int id, Heap.Evacuation ev) {
        Heap.Movement mv = ev.movement();
        sink.emit(new RegionsEvacuated(kernel.now(), id, RegionRanges.encode(mv.from()),
                RegionRanges.encode(mv.toSurvivor()), RegionRanges.encode(mv.toOld()), mv.survivorBytes(),
                mv.promotedBytes(), mv.oldCopiedBytes()));
    }

    private Outcome remark() {
        Heap heap = m.heap();
        heap.freeEmptyOldRegions(m.mutatorNanos());
        long[] reclaimed = heap.reclaimDeadHumongous(m.mutatorNanos());
        m.policy().chooseYoungSize(heap);
        return new Outcome(G1Tuning.REMARK_FIXED_NANOS + (long) heap.oldRegions() * G1Tuning.REMARK_PER_REGION_NANOS,
                0, 0, false, reclaimed);
    }

    private Outcome cleanup() {
        Heap heap = m.heap();
        List<long[]> found = heap.mixedCandidates(markStartMutatorNanos, G1Tuning.MIXED_LIVE_THRESHOLD_PERCENT);
        candidates.chooseAfterCleanup(found, heap.liveOldBytes(markStartMutatorNanos));
        return new Outcome(G1Tuning.CLEANUP_FIXED_NANOS
                + (long) params.regionCount() * G1Tuning.CLEANUP_PER_REGION_NANOS, 0, 0, false);
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
        firstMixedDue = false;
        candidates.clear();
        Heap heap = m.heap();
        long used = heap.usedBytes();
        long compacted = heap.compact(m.mutatorNanos());
        m.policy().chooseYoungSize(heap);
        long duration = G1Tuning.FULL_FIXED_NANOS
                + G1Tuning.work(compacted, G1Tuning.FULL_PICOS_PER_LIVE_BYTE, params.parallelGcThreads())
                + G1Tuning.work(used, G1Tuning.FULL_PICOS_PER_USED_BYTE, params.parallelGcThreads());
        return new Outcome(duration, compacted, 0, false);
    }

    private void end(int id, PauseKind kind, GcCause cause, long before, Outcome outcome) {
        m.resumeRequests();
        if (outcome.humongousReclaimed()[0] > 0) {
            sink.emit(new HumongousReclaimed(kernel.now(), id, (int) outcome.humongousReclaimed()[0],
                    outcome.humongousReclaimed()[1]));
        }
        ParallelPolicy parallel = m.parallel();
        sink.emit(new GcPauseEnded(kernel.now(), id, kind, cause, before, m.heap().usedBytes(), params.heapBytes(),
                outcome.durationNanos(), outcome.copiedBytes(), outcome.promotedBytes(), outcome.toSpaceExhausted(),
                m.edenTarget(), parallel != null ? parallel.tenuringThreshold() : m.policy().tenuringThreshold(),
                m.heap().regionMap()));
        reportIhop();
        afterPause(kind);
        if (kind.evacuatesYoung()) {
            if (outcome.toSpaceExhausted()) { // G1 after "To-space exhausted"; Parallel after a promotion failure
                pendingFull = parallel != null ? GcCause.ALLOCATION_FAILURE : GcCause.COMPACTION;
            } else if (parallel == null && !marking && !prepareMixed && !mixedPhase
                    && m.policy().occupancyCallsForMarking(m.heap())) {
                initiateMarking = true;
            }
        }
        if (pendingFull != null) {
            GcCause next = pendingFull;
            pendingFull = null;
            begin(PauseKind.FULL, next);
        } else if (remarkPending) {
            remarkPending = false;
            begin(PauseKind.REMARK, GcCause.NONE);
        } else if (cleanupPending) {
            cleanupPending = false;
            begin(PauseKind.CLEANUP, GcCause.NONE);
        }
    }

    /** The phase a pause of {@code kind} leads to, as it ends. */
    private void afterPause(PauseKind kind) {
        switch (kind) {
            case CONCURRENT_START -> startMarking();
            case PREPARE_MIXED -> {
                firstMixedDue = true;
                prepareMixed = false;
                mixedPhase = true;
            }
            case MIXED -> {
                if (!candidates.moreWorthCollecting()) {
                    mixedPhase = false;
                }
            }
            case REMARK -> markStep = kernel.schedule(G1Tuning.work(m.heap().oldBytes(),
                    G1Tuning.REBUILD_PICOS_PER_BYTE, params.concGcThreads()),
                    m.guarded(() -> concurrentStepDone(false)));
            case CLEANUP -> {
                marking = false;
                prepareMixed = candidates.planned();
                sink.emit(new ConcurrentMarkEnded(kernel.now(), cycleId, kernel.now() - markStartNanos,
                        candidates.markedLiveBytes(), candidates.reclaimableBytes(), candidates.candidateRegions(),
                        candidates.planned(), false));
            }
            case FULL -> fullSinceAllocation = true;
            case Z_MARK_START, Z_MARK_END, Z_RELOCATE_START, GO_SWEEP_TERMINATION, GO_MARK_TERMINATION ->
                    m.cycles().pauseDone(kind);
            default -> {
            }
        }
    }

    // ------------------------------------------------------------------ the concurrent cycle

    private void startMarking() {
        initiateMarking = false;
        marking = true;
        cycleId = nextGcId++;
        markStartNanos = kernel.now();
        markStartMutatorNanos = m.mutatorNanos();
        sink.emit(new ConcurrentMarkStarted(kernel.now(), cycleId, m.heap().occupancyBytes(),
                m.policy().initiatingThresholdBytes()));
        markStep = kernel.schedule(G1Tuning.work(m.heap().oldBytes(), G1Tuning.MARK_PICOS_PER_BYTE,
                params.concGcThreads()), m.guarded(() -> concurrentStepDone(true)));
    }

    /** Marking (then Remark is due) or rebuilding remembered sets (then Cleanup is due) finished. */
    private void concurrentStepDone(boolean markingDone) {
        markStep = null;
        if (m.inPause()) {
            remarkPending |= markingDone;
            cleanupPending |= !markingDone;
        } else {
            begin(markingDone ? PauseKind.REMARK : PauseKind.CLEANUP, GcCause.NONE);
        }
    }

    /**
     * With G1's adaptive IHOP on, reports the initiating threshold when it has moved by 1 % of the heap or more
     * since the last report, or the prediction took over: often enough for the heap panel, not a sentence a pause.
     */
    void reportIhop() {
        if (params.collector() != Collector.G1 || !params.adaptiveIhop()) {
            return;
        }
        long threshold = m.policy().initiatingThresholdBytes();
        boolean predicted = m.policy().adaptiveIhopActive();
        if (reportedIhopBytes < 0 || predicted != reportedIhopPredicted
                || Math.abs(threshold - reportedIhopBytes) >= params.heapBytes() / 100) {
            reportedIhopBytes = threshold;
            reportedIhopPredicted = predicted;
            sink.emit(new IhopThresholdChanged(kernel.now(), threshold, params.heapBytes(), predicted));
        }
    }
}
