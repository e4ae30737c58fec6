package dev.podium.world.gc;

import dev.podium.engine.EventHandle;
import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.timeline.EventSink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

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

    /**
     * A request: when it arrived, and on a thread, when it started and how long its thread works on it (in mutator
     * time), what it allocates in all, how much of that the heap's cohorts already account for, and when its
     * session data dies.
     */
    private static final class Request {
        final long id;
        final long arrivalNanos;
        long startMutatorNanos;
        long serviceNanos;
        long doneMutatorNanos;
        long bytes;
        long accountedBytes;
        long sessionDeathNanos;
        double rate;

        Request(long id, long arrivalNanos) {
            this.id = id;
            this.arrivalNanos = arrivalNanos;
        }

        /** Bytes allocated by mutator time {@code m}. */
        long allocatedBy(long m) {
            if (m >= doneMutatorNanos) {
                return bytes;
            }
            long elapsed = Math.max(0, m - startMutatorNanos);
            return Math.min(bytes, (long) ((double) bytes * elapsed / serviceNanos));
        }
    }

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
    /** Requests on threads: a binary min-heap by completion (mutator time), then arrival. */
    private Request[] inService = new Request[16];
    private long[] doneKeys = new long[16];
    private long[] idKeys = new long[16];
    private int busy;
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
    private final ArrayDeque<long[]> candidates = new ArrayDeque<>();
    private int oldRegionsPerMixed;
    /** What the last Cleanup found, for the ConcurrentMarkEnded that follows it. */
    private long markedLiveBytes;
    private long reclaimableBytes;
    private int candidateRegions;
    private boolean mixedPlanned;
    /** A Prepare Mixed pause ended and the first Mixed pause, which ends adaptive IHOP's marking time, is to come. */
    private boolean firstMixedDue;

    // ZGC's cycle: idle, marking or relocating; and the allocation stall
    private static final int Z_IDLE = 0;
    private static final int Z_MARK = 1;
    private static final int Z_RELOCATE = 2;
    private int zPhase = Z_IDLE;
    private int zCycles;
    private int zCycleId;
    private long zStartNanos;
    private long zLiveBytes = -1;
    private boolean stalled;
    private long stallStartNanos;
    private long stallBeforeBytes;

    // the current tally
    private int tallyArrived;
    private int tallyCompleted;
    private long tallyMax;
    private final int[] tallyCounts = new int[LatencyHistogram.bucketOf(Long.MAX_VALUE) + 1];

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
        this.gogc = params.gogc();
        this.memoryLimit = params.memoryLimitBytes();
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
            } else if (params.collector() == Collector.Z) {
                if (zPhase == Z_IDLE) { // a ZGC cycle, concurrent like any other
                    startZCycle(GcCause.SYSTEM_GC);
                }
            } else if (params.collector() == Collector.GO) {
                if (zPhase == Z_IDLE) { // runtime.GC()
                    startGoCycle(GcCause.GO_FORCED);
                }
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
            gogc = percent;
            sink.emit(new GcSettingChanged(kernel.now(), "GOGC", percent == GcParams.GOGC_OFF ? "off"
                    : Integer.toString(percent)));
        });
    }

    /** {@code debug.SetMemoryLimit}: a new GOMEMLIMIT from now on ({@link GcParams#NO_MEMORY_LIMIT} for none). */
    public void setMemoryLimit(long bytes) {
        handle(() -> {
            memoryLimit = bytes;
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
    private Runnable guarded(Runnable action) {
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
            int lost = busy + waiting.size();
            long used = heap.usedBytes();
            epoch++;
            down = true;
            refused = 0;
            if (markStep != null) {
                kernel.cancel(markStep);
                markStep = null;
            }
            Arrays.fill(inService, null);
            busy = 0;
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
            mixedPlanned = false;
            firstMixedDue = false;
            candidates.clear();
            zPhase = Z_IDLE;
            zCycles = 0;
            zLiveBytes = -1;
            stalled = false;
            goMarkedBytes = 0;
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
                if (busy > 0) {
                    tc = stateNanos + wallFor(Math.max(0, doneKeys[0] - mutatorNanos));
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
                complete(pollInService());
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
            if (busy > 0) {
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
    private void setSpeed(int perMille) {
        speedPerMille = perMille;
    }

    private int edenTarget() {
        return switch (params.collector()) {
            case G1 -> policy.edenTargetRegions();
            case PARALLEL -> parallel.edenTargetRegions();
            case Z, GO -> params.regionCount();
        };
    }

    /** When eden reaches the end of its last region at the present rate, or never. */
    private long edenEventNanos() {
        if (busy == 0 || allocationRate <= 0) {
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
            if (params.collector() == Collector.Z && zPhase == Z_IDLE) {
                GcCause rule = zRule();
                if (rule != null) {
                    startZCycle(rule);
                }
            } else if (params.collector() == Collector.GO && zPhase == Z_IDLE
                    && heap.usedBytes() >= goTrigger()) {
                startGoCycle(GcCause.GO_HEAP_TRIGGER);
            }
        } else if (params.collector() == Collector.Z || params.collector() == Collector.GO) {
            if (zPhase == Z_IDLE && params.collector() == Collector.GO) {
                startGoCycle(GcCause.GO_HEAP_TRIGGER);
            } else if (zPhase == Z_IDLE) {
                startZCycle(GcCause.Z_ALLOCATION_STALL);
            } else {
                beginStall();
            }
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
            Request r = pollInService();
            allocationRate -= r.rate;
            sink.emit(new OutOfMemoryErrorThrown(kernel.now(), r.bytes - r.accountedBytes, heap.liveBytes(mutatorNanos)));
            fullSinceAllocation = false;
            if (busy == 0) {
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
        tallyArrived++;
        waiting.addLast(new Request(nextRequest++, stateNanos));
        nextArrivalNanos = stateNanos + arrivalStream.exponentialNanos(meanInterarrivalNanos);
    }

    /** Gives waiting requests to free threads while the world runs. */
    private void startRequests() {
        while (!down && busy < params.threads() && !waiting.isEmpty()) {
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
            addInService(r);
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
    private void accountInFlight() {
        double rate = 0;
        for (int i = 0; i < busy; i++) {
            account(inService[i], mutatorNanos, false);
            rate += inService[i].rate;
        }
        allocationRate = rate; // re-summed, so rounding never accumulates
    }

    /** {@code ppm} millionths of {@code bytes}, rounded down, without overflowing for any heap. */
    static long partsPerMillion(long bytes, int ppm) {
        return bytes / 1_000_000 * ppm + bytes % 1_000_000 * ppm / 1_000_000;
    }

    private void complete(Request r) {
        account(r, r.doneMutatorNanos, true);
        allocationRate = busy == 0 ? 0 : allocationRate - r.rate;
        long latency = stateNanos - r.arrivalNanos;
        tallyCompleted++;
        tallyMax = Math.max(tallyMax, latency);
        tallyCounts[LatencyHistogram.bucketOf(latency)]++;
    }

    private void addInService(Request r) {
        if (busy == inService.length) {
            inService = Arrays.copyOf(inService, busy * 2);
            doneKeys = Arrays.copyOf(doneKeys, busy * 2);
            idKeys = Arrays.copyOf(idKeys, busy * 2);
        }
        long done = r.doneMutatorNanos;
        long id = r.id;
        int i = busy++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (done > doneKeys[parent] || (done == doneKeys[parent] && id > idKeys[parent])) {
                break;
            }
            moveInService(parent, i);
            i = parent;
        }
        inService[i] = r;
        doneKeys[i] = done;
        idKeys[i] = id;
    }

    private void moveInService(int from, int to) {
        inService[to] = inService[from];
        doneKeys[to] = doneKeys[from];
        idKeys[to] = idKeys[from];
    }

    /** Takes the request that completes first off its thread (the heap's keys are arrays, for the cache's sake). */
    private Request pollInService() {
        Request top = inService[0];
        int n = --busy;
        Request last = inService[n];
        long done = doneKeys[n];
        long id = idKeys[n];
        inService[n] = null;
        if (n > 0) {
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= n) {
                    break;
                }
                int right = child + 1;
                if (right < n && (doneKeys[right] < doneKeys[child]
                        || (doneKeys[right] == doneKeys[child] && idKeys[right] < idKeys[child]))) {
                    child = right;
                }
                if (doneKeys[child] > done || (doneKeys[child] == done && idKeys[child] > id)) {
                    break;
                }
                moveInService(child, i);
                i = child;
            }
            inService[i] = last;
            doneKeys[i] = done;
            idKeys[i] = id;
        }
        return top;
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

    private void beginPause(PauseKind kind, GcCause cause) {
        long before = heap.usedBytes();
        int id = kind == PauseKind.REMARK || kind == PauseKind.CLEANUP ? cycleId
                : kind.family() == PauseKind.Family.CONCURRENT_CYCLE ? zCycleId : nextGcId++;
        inPause = true;
        accountInFlight();
        sink.emit(new GcPauseStarted(kernel.now(), id, kind, cause, before, busy, waiting.size()));
        Outcome outcome = switch (kind) {
            case REMARK -> remark();
            case CLEANUP -> cleanup();
            case FULL -> full();
            case Z_MARK_START, Z_MARK_END, Z_RELOCATE_START -> new Outcome(ZTuning.PAUSE_FIXED_NANOS
                    + (long) params.threads() * ZTuning.PAUSE_PER_THREAD_NANOS, 0, 0, false);
            case GO_SWEEP_TERMINATION, GO_MARK_TERMINATION -> new Outcome(GoTuning.STW_FIXED_NANOS
                    + (long) params.threads() * GoTuning.STW_PER_GOROUTINE_NANOS, 0, 0, false);
            case PARALLEL_YOUNG -> evacuateParallel();
            default -> evacuate(kind);
        };
        edenExact = heap.edenBytes();
        pauseEndsAtNanos = kernel.now() + outcome.durationNanos();
        kernel.schedule(outcome.durationNanos(), guarded(() -> endPause(id, kind, cause, before, outcome)));
    }

    private Outcome evacuate(PauseKind kind) {
        if (kind == PauseKind.MIXED && firstMixedDue) { // marking's length, as adaptive IHOP measures it
            firstMixedDue = false;
            policy.recordMarkingTime(mutatorNanos - markStartMutatorNanos);
        }
        int[] oldCset = kind == PauseKind.MIXED ? nextOldCset() : new int[0];
        long[] reclaimed = heap.reclaimDeadHumongous(mutatorNanos); // eager reclaim
        int youngRegions = heap.edenRegions() + heap.survivorRegions();
        Heap.Evacuation ev = heap.evacuate(mutatorNanos, policy.tenuringThreshold(), policy.maxSurvivorRegions(),
                oldCset);
        long duration = G1Tuning.YOUNG_FIXED_NANOS
                + (long) (youngRegions + oldCset.length) * G1Tuning.PER_CSET_REGION_NANOS
                + G1Tuning.work(ev.copiedBytes(), G1Tuning.COPY_PICOS_PER_BYTE, params.parallelGcThreads())
                + G1Tuning.work(ev.failedBytes(), G1Tuning.EVACUATION_FAILURE_PICOS_PER_BYTE,
                        params.parallelGcThreads());
        policy.afterEvacuation(heap, ev);
        policy.recordYoungPause(mutatorNanos, ev.promotedBytes(), kind != PauseKind.MIXED);
        return new Outcome(duration, ev.copiedBytes(), ev.promotedBytes(), ev.failedBytes() > 0, reclaimed);
    }

    /** The Parallel collector's young pause: eden and one survivor space copied to the other, or to old. */
    private Outcome evacuateParallel() {
        Heap.Evacuation ev = heap.evacuate(mutatorNanos, parallel.tenuringThreshold(), parallel.maxSurvivorRegions(),
                new int[0]);
        long duration = ParallelTuning.YOUNG_FIXED_NANOS
                + G1Tuning.work(ev.copiedBytes(), G1Tuning.COPY_PICOS_PER_BYTE, params.parallelGcThreads())
                + G1Tuning.work(ev.failedBytes(), G1Tuning.EVACUATION_FAILURE_PICOS_PER_BYTE,
                        params.parallelGcThreads());
        parallel.afterYoung(ev);
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
        heap.freeEmptyOldRegions(mutatorNanos);
        long[] reclaimed = heap.reclaimDeadHumongous(mutatorNanos);
        policy.chooseYoungSize(heap);
        return new Outcome(G1Tuning.REMARK_FIXED_NANOS + (long) heap.oldRegions() * G1Tuning.REMARK_PER_REGION_NANOS,
                0, 0, false, reclaimed);
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
        switch (kind) {
            case CONCURRENT_START -> startMarking();
            case PREPARE_MIXED -> {
                firstMixedDue = true;
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
                    params.concGcThreads()), guarded(() -> concurrentStepDone(false)));
            case CLEANUP -> {
                marking = false;
                prepareMixed = mixedPlanned;
                sink.emit(new ConcurrentMarkEnded(kernel.now(), cycleId, kernel.now() - markStartNanos,
                        markedLiveBytes, reclaimableBytes, candidateRegions, mixedPlanned, false));
            }
            case FULL -> fullSinceAllocation = true;
            case Z_MARK_START, Z_MARK_END, Z_RELOCATE_START, GO_SWEEP_TERMINATION, GO_MARK_TERMINATION ->
                    zPauseDone(kind);
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

    // ------------------------------------------------------------------ ZGC

    /**
     * ZGC's rules for starting a cycle (zDirector.cpp), checked as eden takes a region: warm-up at 10, 20 and 30 %
     * of the heap for the first three cycles; then when the free memory would last, at twice the present allocation
     * rate ({@code ZAllocationSpikeTolerance} 2), less than the predicted cycle plus 100 ms. Null: not yet.
     */
    private GcCause zRule() {
        long used = heap.usedBytes();
        if (zCycles < 3) {
            return used * 10 >= params.heapBytes() * (zCycles + 1) ? GcCause.Z_WARMUP : null;
        }
        double rate = allocationRate * speedPerMille / 1000;
        if (rate <= 0) {
            return null;
        }
        double free = (double) heap.freeRegions() * params.regionBytes();
        long live = zLiveBytes >= 0 ? zLiveBytes : used;
        double cycle = zWorkNanos(live) + ZTuning.SELECT_NANOS + 100_000_000.0;
        return free / (2 * rate) < cycle ? GcCause.Z_ALLOCATION_RATE : null;
    }

    /** Concurrent marking and relocation of {@code live} bytes on ZGC's concurrent threads. */
    private long zWorkNanos(long live) {
        return G1Tuning.work(live, G1Tuning.MARK_PICOS_PER_BYTE, ZTuning.concThreads(params.cpus()))
                + G1Tuning.work(live, G1Tuning.COPY_PICOS_PER_BYTE, ZTuning.concThreads(params.cpus()));
    }

    private void startZCycle(GcCause cause) {
        zPhase = Z_MARK;
        zCycleId = nextGcId++;
        zCycles++;
        zStartNanos = kernel.now();
        sink.emit(new ZCycleStarted(kernel.now(), zCycleId, cause, heap.usedBytes(),
                (long) (allocationRate * speedPerMille * 1_000_000)));
        zPause(PauseKind.Z_MARK_START);
    }

    /** One of ZGC's pauses; during an allocation stall the requests are stopped already, so it only takes its turn. */
    private void zPause(PauseKind kind) {
        if (stalled || inPause) {
            zPauseDone(kind);
        } else {
            beginPause(kind, GcCause.NONE);
        }
    }

    /** After each ZGC pause, the concurrent phase that follows it, on {@code ConcGCThreads} taken from the requests. */
    private void zPauseDone(PauseKind kind) {
        int conc = ZTuning.concThreads(params.cpus());
        switch (kind) {
            case Z_MARK_START -> {
                setSpeed(1000 * Math.max(0, params.cpus() - conc) / params.cpus());
                zLiveBytes = heap.liveBytes(mutatorNanos);
                kernel.schedule(G1Tuning.work(zLiveBytes, G1Tuning.MARK_PICOS_PER_BYTE, conc),
                        guarded(() -> zPause(PauseKind.Z_MARK_END)));
            }
            case Z_MARK_END -> kernel.schedule(ZTuning.SELECT_NANOS,
                    guarded(() -> zPause(PauseKind.Z_RELOCATE_START)));
            case Z_RELOCATE_START -> {
                zPhase = Z_RELOCATE;
                kernel.schedule(G1Tuning.work(zLiveBytes, G1Tuning.COPY_PICOS_PER_BYTE, conc),
                        guarded(this::zRelocated));
            }
            case GO_SWEEP_TERMINATION -> {
                setSpeed(1000 - GoTuning.BACKGROUND_PER_MILLE - goAssistPerMille);
                zLiveBytes = heap.liveBytes(mutatorNanos);
                kernel.schedule(goMarkNanos(zLiveBytes, goAssistPerMille),
                        guarded(() -> zPause(PauseKind.GO_MARK_TERMINATION)));
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
        accountInFlight();
        List<long[]> sparse = heap.mixedCandidates(mutatorNanos, 100 - ZTuning.FRAGMENTATION_LIMIT_PERCENT);
        int[] pages = sparse.stream().mapToInt(c -> (int) c[0]).sorted().toArray();
        heap.reclaimDeadHumongous(mutatorNanos);
        heap.evacuate(mutatorNanos, 0, 0, pages);
        edenExact = heap.edenBytes();
        setSpeed(1000);
        zPhase = Z_IDLE;
        sink.emit(new ZCycleEnded(kernel.now(), zCycleId, kernel.now() - zStartNanos, zLiveBytes, heap.usedBytes(),
                heap.regionMap()));
        if (stalled) {
            endStall();
        }
    }

    // ------------------------------------------------------------------ the Go GC

    private long goMarkedBytes;
    private int gogc;
    private long memoryLimit;
    private int goAssistPerMille;

    /**
     * The pacer's heap goal (mgcpacer.go heapGoalInternal): the last marked heap grown by GOGC percent, at least
     * 4 MiB x GOGC/100; under GOMEMLIMIT at most the limit less 3 % headroom (at least 1 MiB); the smaller wins.
     */
    private long goGoal() {
        long goal = Long.MAX_VALUE;
        if (gogc != GcParams.GOGC_OFF) {
            goal = Math.max(goMarkedBytes + goMarkedBytes / 100 * gogc, GoTuning.HEAP_MINIMUM_BYTES / 100 * gogc);
        }
        if (memoryLimit != GcParams.NO_MEMORY_LIMIT) {
            long limit = memoryLimit;
            goal = Math.min(goal, limit - Math.max(limit / 100 * 3, 1L << 20));
        }
        return goal;
    }

    /**
     * The trigger (mgcpacer.go trigger()): the goal less the runway the allocation needs while marking runs, kept
     * between 45/64 and 61/64 of the way from the marked heap to the goal.
     */
    private long goTrigger() {
        long goal = goGoal();
        if (goal == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        long span = Math.max(0, goal - goMarkedBytes);
        long lo = goMarkedBytes + span / 64 * 45;
        long hi = goMarkedBytes + span / 64 * 61;
        double runway = allocationRate * (1000 - GoTuning.BACKGROUND_PER_MILLE) / 1000
                * goMarkNanos(goMarkedBytes, 0);
        long trigger = goal - (long) Math.min(runway, goal);
        return Math.max(lo, Math.min(hi, trigger));
    }

    /** Marking {@code live} bytes on the dedicated workers (a quarter of GOMAXPROCS) and {@code assist} more. */
    private long goMarkNanos(long live, int assistPerMille) {
        double workers = params.cpus() * (GoTuning.BACKGROUND_PER_MILLE + assistPerMille) / 1000.0;
        return (long) (live * (G1Tuning.MARK_PICOS_PER_BYTE / 1000.0) / workers);
    }

    /**
     * A Go cycle: the assists it will need are worked out at its start, as the smallest extra CPU share that keeps
     * the allocation during marking within the heap's room up to the goal; the CPU limiter caps GC at 50 % in all
     * (mgclimit.go), so past that the heap overshoots its goal.
     */
    private void startGoCycle(GcCause cause) {
        zPhase = Z_MARK;
        zCycleId = nextGcId++;
        zCycles++;
        zStartNanos = kernel.now();
        long used = heap.usedBytes();
        long goal = goGoal();
        long room = goal == Long.MAX_VALUE ? Long.MAX_VALUE : goal - used;
        long live = heap.liveBytes(mutatorNanos);
        goAssistPerMille = GoTuning.MAX_ASSIST_PER_MILLE;
        for (int a = 0; a <= GoTuning.MAX_ASSIST_PER_MILLE; a += 10) {
            double allocated = allocationRate * (1000 - GoTuning.BACKGROUND_PER_MILLE - a) / 1000
                    * goMarkNanos(live, a);
            if (allocated <= room) {
                goAssistPerMille = a;
                break;
            }
        }
        sink.emit(new GoGcCycleStarted(kernel.now(), zCycleId, cause, used, goal == Long.MAX_VALUE ? 0 : goal,
                Math.min(goTrigger(), used), goAssistPerMille));
        zPause(PauseKind.GO_SWEEP_TERMINATION);
    }

    /**
     * After mark termination: what marking found live is kept, the rest is swept free. Simplified: sweeping is
     * immediate, and the page table shows the live objects packed (Go does not move them; it frees in place).
     */
    private void goSwept() {
        accountInFlight();
        List<long[]> pages = heap.mixedCandidates(mutatorNanos, 100);
        heap.reclaimDeadHumongous(mutatorNanos);
        heap.evacuate(mutatorNanos, 0, 0, pages.stream().mapToInt(c -> (int) c[0]).sorted().toArray());
        edenExact = heap.edenBytes();
        setSpeed(1000);
        zPhase = Z_IDLE;
        goMarkedBytes = zLiveBytes;
        long goal = goGoal();
        sink.emit(new GoGcCycleEnded(kernel.now(), zCycleId, kernel.now() - zStartNanos, zLiveBytes,
                heap.usedBytes(), goal == Long.MAX_VALUE ? 0 : goal, heap.regionMap()));
        if (stalled) {
            endStall();
        }
    }

    /** No free page and a cycle running: every allocating request thread waits until relocation frees some. */
    private void beginStall() {
        stalled = true;
        inPause = true;
        accountInFlight();
        stallStartNanos = kernel.now();
        stallBeforeBytes = heap.usedBytes();
        sink.emit(new GcPauseStarted(kernel.now(), zCycleId, PauseKind.ALLOCATION_STALL,
                GcCause.Z_ALLOCATION_STALL, stallBeforeBytes, busy, waiting.size()));
    }

    private void endStall() {
        stalled = false;
        inPause = false;
        pauseEndsAtNanos = -1;
        sink.emit(new GcPauseEnded(kernel.now(), zCycleId, PauseKind.ALLOCATION_STALL, GcCause.Z_ALLOCATION_STALL,
                stallBeforeBytes, heap.usedBytes(), params.heapBytes(), kernel.now() - stallStartNanos, 0, 0, false,
                edenTarget(), 0, heap.regionMap()));
    }

    // ------------------------------------------------------------------ tallies

    private void tally() {
        TreeMap<Integer, Integer> buckets = new TreeMap<>();
        for (int b = 0; b < tallyCounts.length; b++) {
            if (tallyCounts[b] > 0) {
                buckets.put(b, tallyCounts[b]);
                tallyCounts[b] = 0;
            }
        }
        sink.emit(new RequestsTallied(kernel.now(), tallyArrived, tallyCompleted, waiting.size(), busy, tallyMax,
                buckets));
        tallyArrived = 0;
        tallyCompleted = 0;
        tallyMax = 0;
        kernel.schedule(TALLY_NANOS, () -> handle(this::tally));
    }
}
