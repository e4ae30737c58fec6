package dev.podium.world.gc;

import dev.podium.engine.EventHandle;
import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.timeline.EventSink;
import java.util.ArrayDeque;
import java.util.List;

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
 * one every {@value #TALLY_NANOS} ns. Live bytes are kept as cohorts by the moment they die; session data's death is
 * rounded up to {@link #deathGrainNanos} so that a second's requests make a few cohorts, not thousands. Random
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
    private final RandomStream serviceStream;
    private final RandomStream lifetimeStream;
    private final RandomStream largeObjectStream;
    /** Requests whose large object is still to be allocated, in the order they started. */
    private final ArrayDeque<Request> largeObjects = new ArrayDeque<>();
    private final long deathGrainNanos;

    // the model's clock, at or ahead of the kernel's; the mutator's runs slower while ZGC's threads take CPU
    private long stateNanos;
    private long mutatorNanos;
    private int speedPerMille = 1000;
    private long speedRemainder;
    private EventHandle wake;

    // service
    private final ArrayDeque<Request> waiting = new ArrayDeque<>();
    private final RunningRequests running = new RunningRequests();
    /** Bytes per mutator nanosecond that the running requests allocate together. */
    private double allocationRate;
    /** Eden's bytes as the rate integrates them, fractions included. */
    private double edenExact;
    private long meanInterarrivalNanos;
    private long nextArrivalNanos;
    private long nextRequest = 1;
    private int burstPerMille = 1000;
    private EventHandle burstEnd;

    // pauses
    private boolean inPause;
    /** When the stop-the-world pause in progress ends; -1 outside a pause. */
    private long pauseEndsAtNanos = -1;
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

    // ZGC and Go cycles, and the allocation stall
    private final ConcurrentCycles cycles;

    // the current tally
    private final RequestTally tally = new RequestTally();

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
        this.serviceStream = kernel.random("gc.service");
        this.lifetimeStream = kernel.random("gc.lifetimes");
        this.largeObjectStream = kernel.random("gc.largeObjects");
        this.meanInterarrivalNanos = params.meanInterarrivalNanos();
        this.cycles = new ConcurrentCycles(this, kernel, sink, params);
        this.candidates = new MixedCandidates(params);
        this.deathGrainNanos = Math.max(1_000_000L, params.meanSessionLifetimeNanos() / 64);
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
        reportIhop();
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
            burstPerMille = Math.max(1, factorPerMille);
            if (burstEnd != null) {
                kernel.cancel(burstEnd);
            }
            sink.emit(new AllocationBurstStarted(kernel.now(), burstPerMille, allocationBytes(), durationNanos));
            burstEnd = kernel.schedule(durationNanos, () -> handle(() -> {
                burstEnd = null;
                burstPerMille = 1000;
                sink.emit(new AllocationBurstEnded(kernel.now(), allocationBytes()));
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
                pendingFull = pendingFull == null ? GcCause.SYSTEM_GC : pendingFull;
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
            int lost = running.size() + waiting.size();
            long used = heap.usedBytes();
            epoch++;
            down = true;
            refused = 0;
            if (markStep != null) {
                kernel.cancel(markStep);
                markStep = null;
            }
            running.clear();
            waiting.clear();
            largeObjects.clear();
            allocationRate = 0;
            inPause = false;
            pauseEndsAtNanos = -1;
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
            reportedIhopBytes = -1;
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
                reportIhop();
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
                if (!largeObjects.isEmpty()) {
                    if (stateNanos > kernel.now()) {
                        wakeAt(stateNanos);
                        return false;
                    }
                    allocateLargeObject(largeObjects.removeFirst());
                    continue;
                }
            }
            long ta = nextArrivalNanos;
            long tc = Long.MAX_VALUE;
            long te = Long.MAX_VALUE;
            if (!inPause) {
                if (running.size() > 0) {
                    tc = stateNanos + wallFor(Math.max(0, running.firstDoneMutatorNanos() - mutatorNanos));
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
                complete(running.poll());
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
            fullSinceAllocation = false;
            policy.recordOldAllocation(bytes);
            sink.emit(new HumongousAllocated(kernel.now(), first, (int) Heap.ceilDiv(bytes, params.regionBytes()),
                    bytes, heap.occupancyBytes()));
            if (!marking && !initiateMarking && !prepareMixed && !mixedPhase && policy.occupancyCallsForMarking(heap)) {
                initiateMarking = true;
                beginPause(PauseKind.CONCURRENT_START, GcCause.HUMONGOUS_ALLOCATION);
            }
        } else if (heap.edenBytes() > 0) {
            largeObjects.addFirst(r);
            beginPause(nextYoungKind(), GcCause.HUMONGOUS_ALLOCATION);
        } else if (!fullSinceAllocation) {
            largeObjects.addFirst(r);
            beginPause(PauseKind.FULL, GcCause.HUMONGOUS_ALLOCATION);
        } else {
            sink.emit(new OutOfMemoryErrorThrown(kernel.now(), bytes, heap.liveBytes(mutatorNanos)));
            fullSinceAllocation = false;
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
            if (running.size() > 0) {
                edenExact += allocationRate * dm;
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
        if (running.size() == 0 || allocationRate <= 0) {
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
            fullSinceAllocation = false;
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
            beginPause(nextYoungKind(), GcCause.EVACUATION);
        } else if (!fullSinceAllocation) { // nothing young to collect: only compaction can make room
            beginPause(PauseKind.FULL, GcCause.COMPACTION);
        } else { // even a Full GC left no room: a request fails; the next allocation may try again
            Request r = running.poll();
            allocationRate -= r.rate;
            sink.emit(new OutOfMemoryErrorThrown(kernel.now(), r.bytes - r.accountedBytes, heap.liveBytes(mutatorNanos)));
            fullSinceAllocation = false;
            if (running.size() == 0) {
                allocationRate = 0;
            }
        }
    }

    // ------------------------------------------------------------------ requests

    private long allocationBytes() {
        return params.allocationPerRequestBytes() * burstPerMille / 1000;
    }

    private void arrive() {
        if (down) { // nobody listens on the port: the connection is refused
            refused++;
            nextArrivalNanos = stateNanos + arrivalStream.exponentialNanos(meanInterarrivalNanos);
            return;
        }
        tally.arrived();
        waiting.addLast(new Request(nextRequest++, stateNanos));
        nextArrivalNanos = stateNanos + arrivalStream.exponentialNanos(meanInterarrivalNanos);
    }

    /** Gives waiting requests to free threads while the world runs. */
    private void startRequests() {
        while (!down && running.size() < params.threads() && !waiting.isEmpty()) {
            Request r = waiting.removeFirst();
            r.startMutatorNanos = mutatorNanos;
            r.serviceNanos = Math.max(1, serviceStream.exponentialNanos(params.meanServiceNanos()));
            r.doneMutatorNanos = r.startMutatorNanos + r.serviceNanos;
            r.bytes = allocationBytes();
            // A session lasts its time on the wall clock, whatever the CPU: in mutator time, at the present speed.
            long life = lifetimeStream.exponentialNanos(params.meanSessionLifetimeNanos()) / 1000 * speedPerMille;
            long death = r.startMutatorNanos + r.serviceNanos / 2 + life;
            r.sessionDeathNanos = Heap.ceilDiv(death, deathGrainNanos) * deathGrainNanos;
            if (params.humongousBytes() > 0 && params.humongousPpm() > 0
                    && largeObjectStream.nextInt(1_000_000) < params.humongousPpm()) {
                if (params.largeObjectIsHumongous()) {
                    largeObjects.addLast(r);
                } else {
                    r.bytes += params.humongousBytes(); // an ordinary object, allocated in eden with the rest
                }
            }
            r.rate = (double) r.bytes / r.serviceNanos;
            allocationRate += r.rate;
            running.add(r);
        }
    }

    /** Gives the heap's cohorts the bytes {@code r} allocated since they last did, up to mutator time {@code m}. */
    private void account(Request r, long m, boolean completed) {
        long allocated = r.allocatedBy(m);
        long bytes = allocated - r.accountedBytes;
        r.accountedBytes = allocated;
        long session = partsPerMillion(bytes, params.sessionPpm());
        long cache = partsPerMillion(bytes, params.cachePpm());
        if (!completed) { // temporary data dies when the request completes; after that, it is garbage
            heap.addEdenCohort(r.doneMutatorNanos, bytes - session - cache);
        }
        heap.addEdenCohort(r.sessionDeathNanos, session);
        heap.addEdenCohort(Long.MAX_VALUE, cache);
    }

    /** Every running request's bytes so far, into eden's cohorts: before a collection looks at them. */
    void accountInFlight() {
        double rate = 0;
        for (int i = 0; i < running.size(); i++) {
            account(running.get(i), mutatorNanos, false);
            rate += running.get(i).rate;
        }
        allocationRate = rate; // re-summed, so rounding never accumulates
    }

    /** {@code ppm} millionths of {@code bytes}, rounded down, without overflowing for any heap. */
    static long partsPerMillion(long bytes, int ppm) {
        return bytes / 1_000_000 * ppm + bytes % 1_000_000 * ppm / 1_000_000;
    }

    private void complete(Request r) {
        account(r, r.doneMutatorNanos, true);
        allocationRate = running.size() == 0 ? 0 : allocationRate - r.rate;
        long latency = stateNanos - r.arrivalNanos;
        tally.completed(latency);
    }

    // ------------------------------------------------------------------ pauses

    /** What a pause does, worked out when it begins: the world is stopped, so nothing else touches the heap. */
    private record Outcome(long durationNanos, long copiedBytes, long promotedBytes, boolean toSpaceExhausted,
            long[] humongousReclaimed) {
        Outcome(long durationNanos, long copiedBytes, long promotedBytes, boolean toSpaceExhausted) {
            this(durationNanos, copiedBytes, promotedBytes, toSpaceExhausted, new long[2]);
        }
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

    void beginPause(PauseKind kind, GcCause cause) {
        long before = heap.usedBytes();
        int id = kind == PauseKind.REMARK || kind == PauseKind.CLEANUP ? cycleId
                : kind.family() == PauseKind.Family.CONCURRENT_CYCLE ? cycles.cycleId() : nextGcId++;
        inPause = true;
        accountInFlight();
        sink.emit(new GcPauseStarted(kernel.now(), id, kind, cause, before, running.size(), waiting.size()));
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
        edenExact = heap.edenBytes();
        pauseEndsAtNanos = kernel.now() + outcome.durationNanos();
        kernel.schedule(outcome.durationNanos(), guarded(() -> endPause(id, kind, cause, before, outcome)));
    }

    private Outcome evacuate(int id, PauseKind kind) {
        if (kind == PauseKind.MIXED && firstMixedDue) { // marking's length, as adaptive IHOP measures it
            firstMixedDue = false;
            policy.recordMarkingTime(mutatorNanos - markStartMutatorNanos);
        }
        int[] oldCset = kind == PauseKind.MIXED ? candidates.nextOldCset(heap) : new int[0];
        long[] reclaimed = heap.reclaimDeadHumongous(mutatorNanos); // eager reclaim
        int youngRegions = heap.edenRegions() + heap.survivorRegions();
        Heap.Evacuation ev = heap.evacuate(mutatorNanos, policy.tenuringThreshold(), policy.maxSurvivorRegions(),
                oldCset);
        long duration = G1Tuning.YOUNG_FIXED_NANOS
                + (long) (youngRegions + oldCset.length) * G1Tuning.PER_CSET_REGION_NANOS
                + G1Tuning.work(ev.copiedBytes(), G1Tuning.COPY_PICOS_PER_BYTE, params.parallelGcThreads())
                + G1Tuning.work(ev.failedBytes(), G1Tuning.EVACUATION_FAILURE_PICOS_PER_BYTE,
                        params.parallelGcThreads());
        reportMovement(id, ev);
        policy.afterEvacuation(heap, ev);
        policy.recordYoungPause(mutatorNanos, ev.promotedBytes(), kind != PauseKind.MIXED);
        return new Outcome(duration, ev.copiedBytes(), ev.promotedBytes(), ev.failedBytes() > 0, reclaimed);
    }

    /** The Parallel collector's young pause: eden and one survivor space copied to the other, or to old. */
    private Outcome evacuateParallel(int id) {
        Heap.Evacuation ev = heap.evacuate(mutatorNanos, parallel.tenuringThreshold(), parallel.maxSurvivorRegions(),
                new int[0]);
        long duration = ParallelTuning.YOUNG_FIXED_NANOS
                + G1Tuning.work(ev.copiedBytes(), G1Tuning.COPY_PICOS_PER_BYTE, params.parallelGcThreads())
                + G1Tuning.work(ev.failedBytes(), G1Tuning.EVACUATION_FAILURE_PICOS_PER_BYTE,
                        params.parallelGcThreads());
        reportMovement(id, ev);
        parallel.afterYoung(ev);
        return new Outcome(duration, ev.copiedBytes(), ev.promotedBytes(), ev.failedBytes() > 0);
    }

    /** Where pause {@code id} takes live objects from and puts them, for the heap view's arrows. */
    private void reportMovement(int id, Heap.Evacuation ev) {
        Heap.Movement m = ev.movement();
        sink.emit(new RegionsEvacuated(kernel.now(), id, RegionRanges.encode(m.from()),
                RegionRanges.encode(m.toSurvivor()), RegionRanges.encode(m.toOld()), m.survivorBytes(),
                m.promotedBytes(), m.oldCopiedBytes()));
    }

    private Outcome remark() {
        heap.freeEmptyOldRegions(mutatorNanos);
        long[] reclaimed = heap.reclaimDeadHumongous(mutatorNanos);
        policy.chooseYoungSize(heap);
        return new Outcome(G1Tuning.REMARK_FIXED_NANOS + (long) heap.oldRegions() * G1Tuning.REMARK_PER_REGION_NANOS,
                0, 0, false, reclaimed);
    }

    private Outcome cleanup() {
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
        long used = heap.usedBytes();
        long compacted = heap.compact(mutatorNanos);
        policy.chooseYoungSize(heap);
        long duration = G1Tuning.FULL_FIXED_NANOS
                + G1Tuning.work(compacted, G1Tuning.FULL_PICOS_PER_LIVE_BYTE, params.parallelGcThreads())
                + G1Tuning.work(used, G1Tuning.FULL_PICOS_PER_USED_BYTE, params.parallelGcThreads());
        return new Outcome(duration, compacted, 0, false);
    }

    private void endPause(int id, PauseKind kind, GcCause cause, long before, Outcome outcome) {
        inPause = false;
        pauseEndsAtNanos = -1;
        if (outcome.humongousReclaimed()[0] > 0) {
            sink.emit(new HumongousReclaimed(kernel.now(), id, (int) outcome.humongousReclaimed()[0],
                    outcome.humongousReclaimed()[1]));
        }
        sink.emit(new GcPauseEnded(kernel.now(), id, kind, cause, before, heap.usedBytes(), params.heapBytes(),
                outcome.durationNanos(), outcome.copiedBytes(), outcome.promotedBytes(), outcome.toSpaceExhausted(),
                edenTarget(), parallel != null ? parallel.tenuringThreshold() : policy.tenuringThreshold(),
                heap.regionMap()));
        reportIhop();
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
            case REMARK -> markStep = kernel.schedule(G1Tuning.work(heap.oldBytes(), G1Tuning.REBUILD_PICOS_PER_BYTE,
                    params.concGcThreads()), guarded(() -> concurrentStepDone(false)));
            case CLEANUP -> {
                marking = false;
                prepareMixed = candidates.planned();
                sink.emit(new ConcurrentMarkEnded(kernel.now(), cycleId, kernel.now() - markStartNanos,
                        candidates.markedLiveBytes(), candidates.reclaimableBytes(), candidates.candidateRegions(),
                        candidates.planned(), false));
            }
            case FULL -> fullSinceAllocation = true;
            case Z_MARK_START, Z_MARK_END, Z_RELOCATE_START, GO_SWEEP_TERMINATION, GO_MARK_TERMINATION ->
                    cycles.pauseDone(kind);
            default -> {
            }
        }
        if (kind.evacuatesYoung()) {
            if (outcome.toSpaceExhausted()) { // G1 after "To-space exhausted"; Parallel after a promotion failure
                pendingFull = parallel != null ? GcCause.ALLOCATION_FAILURE : GcCause.COMPACTION;
            } else if (parallel == null && !marking && !prepareMixed && !mixedPhase && policy.occupancyCallsForMarking(heap)) {
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
        }
    }

    // ------------------------------------------------------------------ the concurrent cycle

    private void startMarking() {
        initiateMarking = false;
        marking = true;
        cycleId = nextGcId++;
        markStartNanos = kernel.now();
        markStartMutatorNanos = mutatorNanos;
        sink.emit(new ConcurrentMarkStarted(kernel.now(), cycleId, heap.occupancyBytes(),
                policy.initiatingThresholdBytes()));
        markStep = kernel.schedule(G1Tuning.work(heap.oldBytes(), G1Tuning.MARK_PICOS_PER_BYTE,
                params.concGcThreads()), guarded(() -> concurrentStepDone(true)));
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

    /** The adaptive IHOP threshold last reported, or -1. */
    private long reportedIhopBytes = -1;
    private boolean reportedIhopPredicted;

    /**
     * With G1's adaptive IHOP on, reports the initiating threshold when it has moved by 1 % of the heap or more
     * since the last report, or the prediction took over: often enough for the heap panel, not a sentence a pause.
     */
    private void reportIhop() {
        if (params.collector() != Collector.G1 || !params.adaptiveIhop()) {
            return;
        }
        long threshold = policy.initiatingThresholdBytes();
        boolean predicted = policy.adaptiveIhopActive();
        if (reportedIhopBytes < 0 || predicted != reportedIhopPredicted
                || Math.abs(threshold - reportedIhopBytes) >= params.heapBytes() / 100) {
            reportedIhopBytes = threshold;
            reportedIhopPredicted = predicted;
            sink.emit(new IhopThresholdChanged(kernel.now(), threshold, params.heapBytes(), predicted));
        }
    }

    // ------------------------------------------------------------------ for the concurrent cycles

    Heap heap() {
        return heap;
    }

    /** Bytes per mutator nanosecond the running requests allocate together. */
    double allocationRate() {
        return allocationRate;
    }

    int speedPerMille() {
        return speedPerMille;
    }

    int takeGcId() {
        return nextGcId++;
    }

    boolean inPause() {
        return inPause;
    }

    int busyThreads() {
        return running.size();
    }

    int queued() {
        return waiting.size();
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
        sink.emit(tally.drain(kernel.now(), waiting.size(), running.size()));
        kernel.schedule(TALLY_NANOS, () -> handle(this::tally));
    }
}
