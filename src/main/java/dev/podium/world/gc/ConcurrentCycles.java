package dev.podium.world.gc;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import java.util.List;

/**
 * The concurrent collectors' cycles: ZGC's (Mark Start, concurrent mark, Mark End, Relocate Start, concurrent
 * relocation; zDirector.cpp's rules for when to start) and the Go GC's (sweep termination, concurrent mark with
 * dedicated workers and assists, mark termination, sweeping; paced by {@link GoPacer}). Their pauses are the
 * model's ({@link GcModel#beginPause}); while a cycle's concurrent threads run, the request threads run slower
 * ({@link GcModel#setSpeed}); with no free region left, the allocating threads stall until the cycle frees some.
 * Kernel thread only.
 */
final class ConcurrentCycles {
    private static final int IDLE = 0;
    private static final int MARK = 1;
    private static final int RELOCATE = 2;

    private final GcModel m;
    private final Kernel kernel;
    private final EventSink sink;
    private final GcParams params;
    private final GoPacer pacer;
    private int zPhase = IDLE;
    private int zCycles;
    private int zCycleId;
    private long zStartNanos;
    private long zLiveBytes = -1;
    private boolean stalled;
    private long stallStartNanos;
    private long stallBeforeBytes;
    private int goAssistPerMille;

    ConcurrentCycles(GcModel model, Kernel kernel, EventSink sink, GcParams params) {
        this.m = model;
        this.kernel = kernel;
        this.sink = sink;
        this.params = params;
        this.pacer = new GoPacer(params);
    }

    GoPacer pacer() {
        return pacer;
    }

    /** Whether no cycle is running. */
    boolean idle() {
        return zPhase == IDLE;
    }

    /** The running (or last) cycle's id: its pauses carry it. */
    int cycleId() {
        return zCycleId;
    }

    /** The process ended: no cycle, no stall, nothing marked. */
    void reset() {
        zPhase = IDLE;
        zCycles = 0;
        zLiveBytes = -1;
        stalled = false;
        pacer.setMarkedBytes(0);
    }

    /** Eden took a region: ZGC's rules or the Go pacer's trigger may start a cycle. */
    void edenRegionTaken() {
        if (zPhase != IDLE) {
            return;
        }
        if (params.collector() == Collector.Z) {
            GcCause rule = zRule();
            if (rule != null) {
                startZCycle(rule);
            }
        } else if (params.collector() == Collector.GO && m.heap().usedBytes() >= pacer.trigger(m.allocationRate())) {
            startGoCycle(GcCause.GO_HEAP_TRIGGER);
        }
    }

    /** No region left for eden: a cycle starts now, or, with one running, the allocating threads stall. */
    void edenExhausted() {
        if (zPhase == IDLE && params.collector() == Collector.GO) {
            startGoCycle(GcCause.GO_HEAP_TRIGGER);
        } else if (zPhase == IDLE) {
            startZCycle(GcCause.Z_ALLOCATION_STALL);
        } else {
            beginStall();
        }
    }

    /** {@code System.gc()} or {@code runtime.GC()}: a cycle like any other, unless one is running. */
    void explicitGc() {
        if (zPhase != IDLE) {
            return;
        }
        if (params.collector() == Collector.Z) {
            startZCycle(GcCause.SYSTEM_GC);
        } else {
            startGoCycle(GcCause.GO_FORCED);
        }
    }

    /**
     * ZGC's rules for starting a cycle (zDirector.cpp), checked as eden takes a region: warm-up at 10, 20 and 30 %
     * of the heap for the first three cycles; then when the free memory would last, at twice the present allocation
     * rate ({@code ZAllocationSpikeTolerance} 2), less than the predicted cycle plus 100 ms. Null: not yet.
     */
    GcCause zRule() {
        long used = m.heap().usedBytes();
        if (zCycles < 3) {
            return used * 10 >= params.heapBytes() * (zCycles + 1) ? GcCause.Z_WARMUP : null;
        }
        double rate = m.allocationRate() * m.speedPerMille() / 1000;
        if (rate <= 0) {
            return null;
        }
        double free = (double) m.heap().freeRegions() * params.regionBytes();
        long live = zLiveBytes >= 0 ? zLiveBytes : used;
        double cycle = zWorkNanos(live) + ZTuning.SELECT_NANOS + 100_000_000.0;
        return free / (2 * rate) < cycle ? GcCause.Z_ALLOCATION_RATE : null;
    }

    /** Concurrent marking and relocation of {@code live} bytes on ZGC's concurrent threads. */
    private long zWorkNanos(long live) {
        return G1Tuning.work(live, G1Tuning.MARK_PICOS_PER_BYTE, ZTuning.concThreads(params.cpus()))
                + G1Tuning.work(live, G1Tuning.COPY_PICOS_PER_BYTE, ZTuning.concThreads(params.cpus()));
    }

    void startZCycle(GcCause cause) {
        zPhase = MARK;
        zCycleId = m.takeGcId();
        zCycles++;
        zStartNanos = kernel.now();
        sink.emit(new ZCycleStarted(kernel.now(), zCycleId, cause, m.heap().usedBytes(),
                (long) (m.allocationRate() * m.speedPerMille() * 1_000_000)));
        zPause(PauseKind.Z_MARK_START);
    }

    /** One of ZGC's pauses; during an allocation stall the requests are stopped already, so it only takes its turn. */
    private void zPause(PauseKind kind) {
        if (stalled || m.inPause()) {
            pauseDone(kind);
        } else {
            m.beginPause(kind, GcCause.NONE);
        }
    }

    /** After each ZGC pause, the concurrent phase that follows it, on {@code ConcGCThreads} taken from the requests. */
    void pauseDone(PauseKind kind) {
        int conc = ZTuning.concThreads(params.cpus());
        switch (kind) {
            case Z_MARK_START -> {
                m.setSpeed(1000 * Math.max(0, params.cpus() - conc) / params.cpus());
                zLiveBytes = m.heap().liveBytes(m.mutatorNanos());
                kernel.schedule(G1Tuning.work(zLiveBytes, G1Tuning.MARK_PICOS_PER_BYTE, conc),
                        m.guarded(() -> zPause(PauseKind.Z_MARK_END)));
            }
            case Z_MARK_END -> kernel.schedule(ZTuning.SELECT_NANOS,
                    m.guarded(() -> zPause(PauseKind.Z_RELOCATE_START)));
            case Z_RELOCATE_START -> {
                zPhase = RELOCATE;
                kernel.schedule(G1Tuning.work(zLiveBytes, G1Tuning.COPY_PICOS_PER_BYTE, conc),
                        m.guarded(this::zRelocated));
            }
            case GO_SWEEP_TERMINATION -> {
                m.setSpeed(1000 - GoTuning.BACKGROUND_PER_MILLE - goAssistPerMille);
                zLiveBytes = m.heap().liveBytes(m.mutatorNanos());
                kernel.schedule(pacer.markNanos(zLiveBytes, goAssistPerMille),
                        m.guarded(() -> zPause(PauseKind.GO_MARK_TERMINATION)));
            }
            case GO_MARK_TERMINATION -> goSwept();
            default -> throw new IllegalStateException("not a ZGC or Go pause: " + kind);
        }
    }

    /**
     * Relocation is done: the live bytes of eden and of the pages with more than {@code ZFragmentationLimit} (25 %)
     * garbage are compacted into other pages and those pages are free. Simplified: what was allocated during the
     * cycle is collected with the rest.
     */
    private void zRelocated() {
        m.accountInFlight();
        List<long[]> sparse = m.heap().mixedCandidates(m.mutatorNanos(), 100 - ZTuning.FRAGMENTATION_LIMIT_PERCENT);
        int[] pages = sparse.stream().mapToInt(c -> (int) c[0]).sorted().toArray();
        m.heap().reclaimDeadHumongous(m.mutatorNanos());
        m.heap().evacuate(m.mutatorNanos(), 0, 0, pages);
        m.resyncEden();
        m.setSpeed(1000);
        zPhase = IDLE;
        sink.emit(new ZCycleEnded(kernel.now(), zCycleId, kernel.now() - zStartNanos, zLiveBytes, m.heap().usedBytes(),
                m.heap().regionMap()));
        if (stalled) {
            endStall();
        }
    }

    // ------------------------------------------------------------------ the Go GC

    /**
     * A Go cycle: the assists it will need are worked out at its start, as the smallest extra CPU share that keeps
     * the allocation during marking within the heap's room up to the goal; the CPU limiter caps GC at 50 % in all
     * (mgclimit.go), so past that the heap overshoots its goal.
     */
    void startGoCycle(GcCause cause) {
        zPhase = MARK;
        zCycleId = m.takeGcId();
        zCycles++;
        zStartNanos = kernel.now();
        long used = m.heap().usedBytes();
        long goal = pacer.goal();
        goAssistPerMille = pacer.assistPerMille(m.allocationRate(), used, m.heap().liveBytes(m.mutatorNanos()));
        sink.emit(new GoGcCycleStarted(kernel.now(), zCycleId, cause, used, goal == Long.MAX_VALUE ? 0 : goal,
                Math.min(pacer.trigger(m.allocationRate()), used), goAssistPerMille));
        zPause(PauseKind.GO_SWEEP_TERMINATION);
    }

    /**
     * After mark termination: what marking found live is kept, the rest is swept free. Simplified: sweeping is
     * immediate, and the page table shows the live objects packed (Go does not move them; it frees in place).
     */
    private void goSwept() {
        m.accountInFlight();
        List<long[]> pages = m.heap().mixedCandidates(m.mutatorNanos(), 100);
        m.heap().reclaimDeadHumongous(m.mutatorNanos());
        m.heap().evacuate(m.mutatorNanos(), 0, 0, pages.stream().mapToInt(c -> (int) c[0]).sorted().toArray());
        m.resyncEden();
        m.setSpeed(1000);
        zPhase = IDLE;
        pacer.setMarkedBytes(zLiveBytes);
        long goal = pacer.goal();
        sink.emit(new GoGcCycleEnded(kernel.now(), zCycleId, kernel.now() - zStartNanos, zLiveBytes,
                m.heap().usedBytes(), goal == Long.MAX_VALUE ? 0 : goal, m.heap().regionMap()));
        if (stalled) {
            endStall();
        }
    }

    /** No free page and a cycle running: every allocating request thread waits until relocation frees some. */
    void beginStall() {
        stalled = true;
        m.stopRequests();
        stallStartNanos = kernel.now();
        stallBeforeBytes = m.heap().usedBytes();
        sink.emit(new GcPauseStarted(kernel.now(), zCycleId, PauseKind.ALLOCATION_STALL,
                GcCause.Z_ALLOCATION_STALL, stallBeforeBytes, m.busyThreads(), m.queued()));
    }

    private void endStall() {
        stalled = false;
        m.resumeRequests();
        sink.emit(new GcPauseEnded(kernel.now(), zCycleId, PauseKind.ALLOCATION_STALL, GcCause.Z_ALLOCATION_STALL,
                stallBeforeBytes, m.heap().usedBytes(), params.heapBytes(), kernel.now() - stallStartNanos, 0, 0, false,
                m.edenTarget(), 0, m.heap().regionMap()));
    }
}
