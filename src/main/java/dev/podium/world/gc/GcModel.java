package dev.podium.world.gc;

import dev.podium.engine.EventHandle;
import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.timeline.EventSink;

/**
 * The simulated JVM service: an open-loop arrival process, a FIFO of requests waiting for one of {@code threads}
 * request threads, and a G1 heap ({@link Heap}, {@link G1Policy}) whose stop-the-world pauses freeze every thread.
 *
 * <p>A request allocates its bytes at an even rate over its service time: temporary data that dies when the request
 * completes, session data that lives on, cache data that never dies. Eden fills at the sum of the running requests'
 * rates; when it reaches the end of its last region it takes another, and when it may take no more (the young
 * target, or no free region) an evacuation pause starts (or a Full GC, when eden is empty and the heap still has no
 * room). Work and lifetimes are counted in mutator time ({@link #mutatorNanos}, simulated time less the pauses),
 * so a pause delays every request in flight, and the queue behind them, by exactly its length. Pauses never
 * overlap: a pause that falls due during another (Remark when marking ends, a Full GC after to-space exhaustion,
 * {@code System.gc()}) starts when it ends.
 *
 * <p>Speed: requests are not kernel events. The model keeps its own clock and steps through arrivals, completions
 * and eden's region boundaries itself, ahead of the kernel up to the kernel's next event ({@link Kernel#peekTime});
 * only what it emits (a region taken, a pause, a tally) is a kernel event, so every event carries the kernel's
 * time and nothing else in the run can fall between. Requests are reported in tallies ({@link RequestsTallied}),
 * one every {@value #TALLY_NANOS} ns. Live bytes are kept as cohorts by the moment they die. The requests and what
 * they allocate are {@link RequestThreads}'; the pauses and G1's concurrent cycle are {@link StwPauses}'. Random
 * numbers come from the streams {@code gc.arrivals}, {@code gc.service} and {@code gc.lifetimes}. Runs on the
 * kernel's thread; never sleeps.
 */
public final class GcModel {
    /** The tally interval: 50 ms. */
    public static final long TALLY_NANOS = 50_000_000L;

    /** The model's own wake-ups fire after anything else due at the same time (scenario actions use 1). */
    private static final int WAKE_PRIORITY = 1_000;

    private final Kernel kernel;
    private final EventSink sink;
    private final GcParams params;
    private Heap heap;
    private G1Policy policy;
    /** The Parallel collector's sizes, or null for G1 and ZGC. */
    private ParallelPolicy parallel;
    private final RandomStream arrivalStream;

    // the model's clock, at or ahead of the kernel's; the mutator's runs slower while ZGC's threads take CPU
    private long stateNanos;
    private long mutatorNanos;
    private int speedPerMille = 1000;
    private long speedRemainder;
    private EventHandle wake;

    // service
    private final RequestThreads threads;
    /** Eden's bytes as the rate integrates them, fractions included. */
    private double edenExact;
    private long meanInterarrivalNanos;
    private long nextArrivalNanos;
    private EventHandle burstEnd;

    // pauses
    private boolean inPause;
    /** When the stop-the-world pause in progress ends; -1 outside a pause. */
    private long pauseEndsAtNanos = -1;
    private final StwPauses pauses;

    // ZGC and Go cycles, and the allocation stall
    private final ConcurrentCycles cycles;

    public GcModel(Kernel kernel, EventSink sink, GcParams params) {
        this.kernel = kernel;
        this.sink = sink;
        this.params = params;
        this.heap = new Heap(params.regionBytes(), params.regionCount());
        this.policy = new G1Policy(params);
        this.parallel = params.collector() == Collector.PARALLEL ? new ParallelPolicy(params) : null;
        if (parallel != null) {
            heap.setOldRegionLimit(parallel.oldRegionLimit());
        }
        this.arrivalStream = kernel.random("gc.arrivals");
        this.threads = new RequestThreads(params, kernel.random("gc.service"), kernel.random("gc.lifetimes"),
                kernel.random("gc.largeObjects"));
        this.meanInterarrivalNanos = params.meanInterarrivalNanos();
        this.cycles = new ConcurrentCycles(this, kernel, sink, params);
        this.pauses = new StwPauses(this, kernel, sink, params);
    }

    /** Emits the set-up, draws the first arrival and schedules the tallies. */
    public void start() {
        stateNanos = kernel.now();
        policy.chooseYoungSize(heap);
        sink.emit(new GcConfigured(kernel.now(), params.heapBytes(), params.regionBytes(), params.regionCount(),
                params.maxPauseMillis(), params.ihopPercent(), params.maxTenuringThreshold(),
                params.parallelGcThreads(), params.concGcThreads(), params.disableExplicitGc(), params.threads(),
                meanInterarrivalNanos, params.meanServiceNanos(), params.allocationPerRequestBytes(),
                params.sessionPpm(), params.meanSessionLifetimeNanos(), params.cachePpm(),
                edenTarget(), heap.regionMap(), params.collector()));
        pauses.reportIhop();
        nextArrivalNanos = stateNanos + arrivalStream.exponentialNanos(meanInterarrivalNanos);
        kernel.schedule(TALLY_NANOS, () -> handle(this::tally));
        lookAhead();
    }

    // ------------------------------------------------------------------ verbs

    /** Changes the arrival rate from now on; the pending arrival is drawn again with the new mean. */
    public void setMeanInterarrival(long meanNanos) {
        handle(() -> {
            meanInterarrivalNanos = Math.max(1, meanNanos);
            sink.emit(new RequestRateChanged(kernel.now(), meanInterarrivalNanos));
            nextArrivalNanos = stateNanos + arrivalStream.exponentialNanos(meanInterarrivalNanos);
        });
    }

    /** Requests started in the next {@code durationNanos} allocate {@code factorPerMille} / 1000 times as much. */
    public void allocationBurst(int factorPerMille, long durationNanos) {
        handle(() -> {
            threads.setBurst(Math.max(1, factorPerMille));
            if (burstEnd != null) {
                kernel.cancel(burstEnd);
            }
            sink.emit(new AllocationBurstStarted(kernel.now(), threads.burstPerMille(), threads.allocationBytes(), durationNanos));
            burstEnd = kernel.schedule(durationNanos, () -> handle(() -> {
                burstEnd = null;
                threads.setBurst(1000);
                sink.emit(new AllocationBurstEnded(kernel.now(), threads.allocationBytes()));
            }));
        });
    }

    /** The application calls {@code System.gc()}: a Full GC, unless explicit GCs are disabled. */
    public void systemGc() {
        handle(() -> {
            if (params.disableExplicitGc()) {
                sink.emit(new ExplicitGcIgnored(kernel.now()));
            } else if (params.collector() == Collector.Z || params.collector() == Collector.GO) {
                cycles.explicitGc(); // a ZGC cycle, concurrent like any other; in Go, runtime.GC()
            } else if (inPause) {
                pauses.fullAfterThisPause(GcCause.SYSTEM_GC);
            } else {
                beginPause(PauseKind.FULL, GcCause.SYSTEM_GC);
            }
        });
    }

    /**
     * A new {@code MaxGCPauseMillis} for G1 from now on. A real JVM reads the flag once at start; Podium lets a
     * lesson change it mid-run so both goals meet the same load on one timeline.
     */
    public void setPauseGoal(int millis) {
        handle(() -> {
            policy.setPauseGoalMillis(Math.max(1, millis));
            sink.emit(new GcSettingChanged(kernel.now(), "MaxGCPauseMillis", Integer.toString(millis)));
        });
    }

    /** {@code debug.SetGCPercent}: a new GOGC from now on ({@link GcParams#GOGC_OFF} for off). */
    public void setGogc(int percent) {
        handle(() -> {
            cycles.pacer().setGogc(percent);
            sink.emit(new GcSettingChanged(kernel.now(), "GOGC", percent == GcParams.GOGC_OFF ? "off"
                    : Integer.toString(percent)));
        });
    }

    /** {@code debug.SetMemoryLimit}: a new GOMEMLIMIT from now on ({@link GcParams#NO_MEMORY_LIMIT} for none). */
    public void setMemoryLimit(long bytes) {
        handle(() -> {
            cycles.pacer().setMemoryLimit(bytes);
            sink.emit(new GcSettingChanged(kernel.now(), "GOMEMLIMIT", bytes == GcParams.NO_MEMORY_LIMIT ? "off"
                    : (bytes >> 20) + "MiB"));
        });
    }

    /**
     * When the stop-the-world pause in progress ends, in simulated nanoseconds; -1 when the service is not paused.
     * What another world needs to know to time a request that arrives now (a Kubernetes probe): nobody answers it
     * before then.
     */
    public long pauseEndsAtNanos() {
        return inPause ? pauseEndsAtNanos : -1;
    }

    /** Simulated time less every pause so far, at the model's clock: what request threads and lifetimes run on. */
    public long mutatorNanos() {
        return mutatorNanos;
    }

    // ------------------------------------------------------------------ the process ends and starts again

    /** Bumped when the process ends: what the old process had scheduled (a pause's end, marking) is then void. */
    private int epoch;
    private boolean down;
    private int restarts;
    private int refused;

    /** A callback of this process: does nothing if the process has ended since it was scheduled. */
    Runnable guarded(Runnable action) {
        int e = epoch;
        return () -> handle(() -> {
            if (e == epoch) {
                action.run();
            }
        });
    }

    /** Whether the process has ended and not yet started again (or is still starting). */
    public boolean isDown() {
        return down;
    }

    /**
     * The process is killed ({@code exitCode}, 137 for SIGKILL): the heap, the pause or cycle in progress and the
     * requests it held are gone, and requests are refused until {@link #startProcess}. The load (arrival rate,
     * allocation burst) is outside the process and goes on.
     */
    public void endProcess(int exitCode) {
        handle(() -> {
            if (down) {
                return;
            }
            int lost = threads.clear();
            long used = heap.usedBytes();
            epoch++;
            down = true;
            refused = 0;
            pauses.reset();
            inPause = false;
            pauseEndsAtNanos = -1;
            cycles.reset();
            setSpeed(1000);
            speedRemainder = 0;
            int goal = policy.pauseGoalMillis();
            heap = new Heap(params.regionBytes(), params.regionCount());
            edenExact = 0;
            policy = new G1Policy(params);
            policy.setPauseGoalMillis(goal);
            if (parallel != null) {
                parallel = new ParallelPolicy(params);
                heap.setOldRegionLimit(parallel.oldRegionLimit());
            }
            sink.emit(new ProcessEnded(kernel.now(), exitCode, used, lost));
        });
    }

    /** A new process is launched now; it serves, on an empty heap, after {@code startupNanos}. */
    public void startProcess(long startupNanos) {
        handle(() -> {
            if (!down) {
                return;
            }
            kernel.schedule(startupNanos, guarded(() -> {
                down = false;
                restarts++;
                policy.chooseYoungSize(heap);
                sink.emit(new ProcessStarted(kernel.now(), restarts, startupNanos, refused));
                pauses.reportIhop();
                refused = 0;
            }));
        });
    }

    // ------------------------------------------------------------------ the model's clock

    /** Every kernel event of the model: catch up to now, act, then step ahead to the kernel's next event. */
    private void handle(Runnable action) {
        advanceTo(kernel.now());
        action.run();
        lookAhead();
    }

    /** Steps ahead to the kernel's next event, or stops at the next thing to emit and wakes the kernel there. */
    private void lookAhead() {
        if (wake != null) {
            kernel.cancel(wake);
            wake = null;
        }
        long horizon = kernel.peekTime();
        if (advanceTo(horizon) && horizon != Long.MAX_VALUE) {
            wake = kernel.scheduleAt(horizon, WAKE_PRIORITY, () -> {
                wake = null;
                handle(() -> { });
            });
        }
    }

    /**
     * Steps through arrivals, completions and eden's boundaries up to {@code horizon}. Something to emit after the
     * kernel's now stops it there with a wake-up scheduled; returns whether it reached the horizon.
     */
    private boolean advanceTo(long horizon) {
        while (true) {
            if (!inPause) {
                startRequests();
                if (threads.hasLargeObject()) {
                    if (stateNanos > kernel.now()) {
                        wakeAt(stateNanos);
                        return false;
                    }
                    allocateLargeObject(threads.takeLargeObject());
                    continue;
                }
            }
            long ta = nextArrivalNanos;
            long tc = Long.MAX_VALUE;
            long te = Long.MAX_VALUE;
            if (!inPause) {
                if (threads.busy() > 0) {
                    tc = stateNanos + wallFor(Math.max(0, threads.firstDoneMutatorNanos() - mutatorNanos));
                }
                te = edenEventNanos();
            }
            long t = Math.min(ta, Math.min(tc, te));
            if (t > horizon) {
                if (horizon > stateNanos && horizon != Long.MAX_VALUE) {
                    integrateTo(horizon);
                }
                return true;
            }
            integrateTo(t);
            if (te == t) {
                if (t > kernel.now()) {
                    wakeAt(t);
                    return false;
                }
                edenBoundary();
            } else if (tc == t) {
                threads.completeFirst(heap, stateNanos);
            } else {
                arrive();
            }
        }
    }

    /** Wakes the model at {@code t}, before anything else then, to emit what it found due there. */
    private void wakeAt(long t) {
        if (wake != null) {
            kernel.cancel(wake);
        }
        wake = kernel.scheduleAt(t, Kernel.NORMAL_PRIORITY, () -> {
            wake = null;
            handle(() -> { });
        });
    }

    /**
     * A request's large object: humongous in G1 (more than half a region) it takes contiguous free regions, and may
     * start marking (cause "G1 Humongous Allocation") when it takes old occupancy past the threshold; if no run of
     * free regions is long enough, a young pause (or, with eden empty, a Full GC) makes room, and after a Full GC
     * that did not, the request fails with an {@link OutOfMemoryErrorThrown}.
     */
    private void allocateLargeObject(Request r) {
        long bytes = params.humongousBytes();
        int first = heap.allocateHumongous(bytes, r.doneMutatorNanos);
        if (first >= 0) {
            pauses.allocated();
            policy.recordOldAllocation(bytes);
            sink.emit(new HumongousAllocated(kernel.now(), first, (int) Heap.ceilDiv(bytes, params.regionBytes()),
                    bytes, heap.occupancyBytes()));
            pauses.oldGrew(GcCause.HUMONGOUS_ALLOCATION);
        } else if (heap.edenBytes() > 0) {
            threads.retryLargeObject(r);
            beginPause(pauses.nextYoungKind(), GcCause.HUMONGOUS_ALLOCATION);
        } else if (!pauses.fullSinceAllocation()) {
            threads.retryLargeObject(r);
            beginPause(PauseKind.FULL, GcCause.HUMONGOUS_ALLOCATION);
        } else {
            sink.emit(new OutOfMemoryErrorThrown(kernel.now(), bytes, heap.liveBytes(mutatorNanos)));
            pauses.allocated();
        }
    }

    private void integrateTo(long t) {
        if (t <= stateNanos) {
            return;
        }
        if (!inPause) {
            long scaled = (t - stateNanos) * speedPerMille + speedRemainder;
            long dm = scaled / 1000;
            speedRemainder = scaled % 1000;
            mutatorNanos += dm;
            if (threads.busy() > 0) {
                edenExact += threads.rate() * dm;
                long cap = (long) heap.edenRegions() * params.regionBytes();
                long eden = Math.min(cap, (long) edenExact);
                if (eden > heap.edenBytes()) {
                    heap.addEdenBytes(eden - heap.edenBytes());
                }
            }
        }
        stateNanos = t;
    }

    /** Simulated nanoseconds the mutator needs for {@code mutatorDelta} of its own at the present speed. */
    private long wallFor(long mutatorDelta) {
        return speedPerMille == 1000 ? mutatorDelta
                : (mutatorDelta * 1000 - speedRemainder + speedPerMille - 1) / speedPerMille;
    }

    /** Changes the mutator's speed from now on (the model's clock must be at the kernel's). */
    void setSpeed(int perMille) {
        speedPerMille = perMille;
    }

    int edenTarget() {
        return switch (params.collector()) {
            case G1 -> policy.edenTargetRegions();
            case PARALLEL -> parallel.edenTargetRegions();
            case Z, GO -> params.regionCount();
        };
    }

    /** When eden reaches the end of its last region at the present rate, or never. */
    private long edenEventNanos() {
        double allocationRate = threads.rate();
        if (threads.busy() == 0 || allocationRate <= 0) {
            return Long.MAX_VALUE;
        }
        double need = (double) heap.edenRegions() * params.regionBytes() - edenExact;
        if (need <= 1.0) {
            return stateNanos;
        }
        double dm = Math.ceil(need / allocationRate);
        return dm > 1e15 ? Long.MAX_VALUE : stateNanos + wallFor((long) dm);
    }

    /**
     * Eden is full to its last region: it takes another if the young target and the free list allow, else a pause
     * (an evacuation pause, or a Full GC when eden is empty), and if a Full GC just ran, a request fails with an
     * {@link OutOfMemoryErrorThrown}.
     */
    private void edenBoundary() {
        int limit = Math.min(edenTarget(), heap.edenRegions() + heap.freeRegions());
        if (heap.edenRegions() < limit) {
            pauses.allocated();
            int r = heap.takeEdenRegion();
            sink.emit(new EdenRegionTaken(kernel.now(), r, heap.edenRegions()));
            cycles.edenRegionTaken();
        } else if (params.collector() == Collector.Z || params.collector() == Collector.GO) {
            cycles.edenExhausted();
        } else if (parallel != null && heap.edenBytes() > 0) {
            if (parallel.shouldCollectFully(heap)) {
                beginPause(PauseKind.FULL, GcCause.ERGONOMICS);
            } else {
                beginPause(PauseKind.PARALLEL_YOUNG, GcCause.ALLOCATION_FAILURE);
            }
        } else if (heap.edenBytes() > 0) {
            beginPause(pauses.nextYoungKind(), GcCause.EVACUATION);
        } else if (!pauses.fullSinceAllocation()) { // nothing young to collect: only compaction can make room
            beginPause(PauseKind.FULL, GcCause.COMPACTION);
        } else { // even a Full GC left no room: a request fails; the next allocation may try again
            long unallocated = threads.failFirst();
            sink.emit(new OutOfMemoryErrorThrown(kernel.now(), unallocated, heap.liveBytes(mutatorNanos)));
            pauses.allocated();
        }
    }

    // ------------------------------------------------------------------ requests

    private void arrive() {
        if (down) { // nobody listens on the port: the connection is refused
            refused++;
        } else {
            threads.arrive(stateNanos);
        }
        nextArrivalNanos = stateNanos + arrivalStream.exponentialNanos(meanInterarrivalNanos);
    }

    /** Gives waiting requests to free threads while the world runs. */
    private void startRequests() {
        if (!down) {
            threads.start(mutatorNanos, speedPerMille);
        }
    }

    /** Every running request's bytes so far, into eden's cohorts: before a collection looks at them. */
    void accountInFlight() {
        threads.accountInFlight(heap, mutatorNanos);
    }

    // ------------------------------------------------------------------ pauses

    void beginPause(PauseKind kind, GcCause cause) {
        pauses.begin(kind, cause);
    }

    // ------------------------------------------------------------------ for the concurrent cycles

    Heap heap() {
        return heap;
    }

    /** Bytes per mutator nanosecond the running requests allocate together. */
    double allocationRate() {
        return threads.rate();
    }

    int speedPerMille() {
        return speedPerMille;
    }

    int takeGcId() {
        return pauses.takeGcId();
    }

    G1Policy policy() {
        return policy;
    }

    /** The Parallel collector's sizes, or null for G1 and ZGC. */
    ParallelPolicy parallel() {
        return parallel;
    }

    ConcurrentCycles cycles() {
        return cycles;
    }

    /** A pause began that ends at {@code t}. */
    void pauseEndsAt(long t) {
        pauseEndsAtNanos = t;
    }

    boolean inPause() {
        return inPause;
    }

    int busyThreads() {
        return threads.busy();
    }

    int queued() {
        return threads.queued();
    }

    /** Eden's running integral starts again from what eden holds after a collection. */
    void resyncEden() {
        edenExact = heap.edenBytes();
    }

    /** Every request thread stops (an allocation stall), with what it allocated so far accounted. */
    void stopRequests() {
        inPause = true;
        accountInFlight();
    }

    /** The request threads run again after a stall. */
    void resumeRequests() {
        inPause = false;
        pauseEndsAtNanos = -1;
    }

    // ------------------------------------------------------------------ tallies

    private void tally() {
        sink.emit(threads.drainTally(kernel.now()));
        kernel.schedule(TALLY_NANOS, () -> handle(this::tally));
    }
}
