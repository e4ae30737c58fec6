package dev.podium.world.goruntime.state;

import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.MState;
import dev.podium.world.goruntime.event.PState;
import java.util.Arrays;

/**
 * The Go runtime world's state at one instant, folded from its events by {@link GoProjection}: what the scheduler
 * view (Ps with runnext and local ring in order, Ms, the global queue), the goroutine inspector (state, wait
 * reason, line, creation site), the channel view (buffers, wait queues), the sync view and the context tree read.
 *
 * <p>Cheap to copy at checkpoints: per-goroutine attributes live in chunked columns and queues in chunked deques,
 * shared by a copy until one side writes; channel and sync objects carry the state that may change them in place
 * ({@code owner} token), so a copy gives both sides new tokens and each clones an object before its first write.
 * Views read it and never change it.
 */
public final class GoState {
    static final int RUNNEXT = 1;
    static final int LOCAL = 2;
    static final int GLOBAL = 3;

    Object token = new Object();
    int gomaxprocs;
    String fileName = "";
    /** The program's source as recorded ({@code GoProgramLoaded}); "" before it or in old recordings. */
    String source = "";
    // Ps
    int pcount;
    PState[] pState = new PState[0];
    int[] pM = new int[0];
    long[] runnext = new long[0];
    CowLongDeque[] rings = new CowLongDeque[0];
    CowLongDeque global = new CowLongDeque();
    // Ms
    int mcount;
    MState[] mState = new MState[0];
    int[] mP = new int[0];
    long[] mG = new long[0];
    // goroutines, by goid
    int maxGoid;
    int live;
    Column gStatus = Column.refs();
    Column gReason = Column.refs();
    Column gLine = Column.ints();
    /** P + 1 while running or in a syscall, else 0. */
    Column gP = Column.ints();
    /** Where it waits to run: ((p + 1) << 2) | RUNNEXT/LOCAL/GLOBAL, 0 for nowhere. */
    Column gLoc = Column.ints();
    Column gParent = Column.longs();
    Column gFunction = Column.refs();
    Column gCreatedLine = Column.ints();
    /** The value a parked sender carries. */
    Column gCarry = Column.refs();
    /** The channel it is parked on (the latest of a select's), 0 for none. */
    Column gChan = Column.longs();
    // channels, sync objects, contexts, timers, by id
    int chanCount;
    Column chans = Column.refs();
    int syncCount;
    Column syncs = Column.refs();
    int contextCount;
    Column contexts = Column.refs();
    Column timerPeriod = Column.longs();
    Column timerActive = Column.ints();
    int activeTimers;
    // output and the end
    int outputCount;
    Column outputText = Column.refs();
    Column outputFd = Column.ints();
    int exitStatus = -1;
    String exitReason = "";
    long steals;
    long handoffs;
    long preemptions;

    /** The state before any event. */
    public GoState() {
    }

    GoState copy() {
        GoState s = new GoState();
        token = new Object();
        s.gomaxprocs = gomaxprocs;
        s.fileName = fileName;
        s.source = source;
        s.pcount = pcount;
        s.pState = pState.clone();
        s.pM = pM.clone();
        s.runnext = runnext.clone();
        s.rings = new CowLongDeque[rings.length];
        for (int i = 0; i < rings.length; i++) {
            s.rings[i] = rings[i] == null ? null : rings[i].copy();
        }
        s.global = global.copy();
        s.mcount = mcount;
        s.mState = mState.clone();
        s.mP = mP.clone();
        s.mG = mG.clone();
        s.maxGoid = maxGoid;
        s.live = live;
        s.gStatus = gStatus.copy();
        s.gReason = gReason.copy();
        s.gLine = gLine.copy();
        s.gP = gP.copy();
        s.gLoc = gLoc.copy();
        s.gParent = gParent.copy();
        s.gFunction = gFunction.copy();
        s.gCreatedLine = gCreatedLine.copy();
        s.gCarry = gCarry.copy();
        s.gChan = gChan.copy();
        s.chanCount = chanCount;
        s.chans = chans.copy();
        s.syncCount = syncCount;
        s.syncs = syncs.copy();
        s.contextCount = contextCount;
        s.contexts = contexts.copy();
        s.timerPeriod = timerPeriod.copy();
        s.timerActive = timerActive.copy();
        s.activeTimers = activeTimers;
        s.outputCount = outputCount;
        s.outputText = outputText.copy();
        s.outputFd = outputFd.copy();
        s.exitStatus = exitStatus;
        s.exitReason = exitReason;
        s.steals = steals;
        s.handoffs = handoffs;
        s.preemptions = preemptions;
        return s;
    }

    void ensureP(int p) {
        if (p < pcount) {
            return;
        }
        int n = p + 1;
        pState = Arrays.copyOf(pState, n);
        pM = Arrays.copyOf(pM, n);
        runnext = Arrays.copyOf(runnext, n);
        rings = Arrays.copyOf(rings, n);
        for (int i = pcount; i < n; i++) {
            pState[i] = PState.IDLE;
            pM[i] = -1;
            rings[i] = new CowLongDeque();
        }
        pcount = n;
    }

    void ensureM(int m) {
        if (m < mcount) {
            return;
        }
        int n = m + 1;
        mState = Arrays.copyOf(mState, n);
        mP = Arrays.copyOf(mP, n);
        mG = Arrays.copyOf(mG, n);
        for (int i = mcount; i < n; i++) {
            mState[i] = MState.IDLE;
            mP[i] = -1;
        }
        mcount = n;
    }

    ChanView chanForWrite(long id) {
        ChanView c = (ChanView) chans.get((int) id);
        if (c.owner != token) {
            c = c.copyFor(token);
            chans.set((int) id, c);
        }
        return c;
    }

    SyncView syncForWrite(long id) {
        SyncView s = (SyncView) syncs.get((int) id);
        if (s.owned != token) {
            s = s.copyFor(token);
            syncs.set((int) id, s);
        }
        return s;
    }

    // ---- scheduler ----

    /** GOMAXPROCS now. */
    public int gomaxprocs() {
        return gomaxprocs;
    }

    /** The program's file name. */
    public String fileName() {
        return fileName;
    }

    /** The program's source text as the run recorded it, or "" (a recording made before it was recorded). */
    public String source() {
        return source;
    }

    /** Ps ever made (may exceed GOMAXPROCS after it shrank). */
    public int pCount() {
        return pcount;
    }

    public PState pState(int p) {
        return pState[p];
    }

    /** The M holding P p, or -1. */
    public int pM(int p) {
        return pM[p];
    }

    /** The goroutine in P p's runnext slot, or 0. */
    public long runnext(int p) {
        return runnext[p];
    }

    /** P p's local ring, head first. */
    public long[] localRunQueue(int p) {
        return rings[p].toArray();
    }

    public int localRunQueueSize(int p) {
        return rings[p].size();
    }

    /** The global run queue, head first. */
    public long[] globalRunQueue() {
        return global.toArray();
    }

    public int globalRunQueueSize() {
        return global.size();
    }

    public int mCount() {
        return mcount;
    }

    public MState mState(int m) {
        return mState[m];
    }

    /** The P M m holds (or held when it entered its syscall), or -1. */
    public int mP(int m) {
        return mP[m];
    }

    /** The goroutine M m runs or holds in a syscall, or 0. */
    public long mG(int m) {
        return mG[m];
    }

    // ---- goroutines ----

    /** The highest goid so far (goroutines are 1..maxGoid). */
    public int maxGoid() {
        return maxGoid;
    }

    /** Goroutines that exist now (runtime.NumGoroutine). */
    public int liveGoroutines() {
        return live;
    }

    /** A goroutine's state (DEAD for one that never existed). */
    public GStatus status(long g) {
        Object s = gStatus.get((int) g);
        return s == null ? GStatus.DEAD : (GStatus) s;
    }

    /** A waiting goroutine's wait reason as Go names it, else "". */
    public String waitReason(long g) {
        Object r = gReason.get((int) g);
        return r == null ? "" : (String) r;
    }

    /** The source line the goroutine is at. */
    public int line(long g) {
        return gLine.getInt((int) g);
    }

    /** The P it runs on (or holds in a syscall), or -1. */
    public int runningOn(long g) {
        return gP.getInt((int) g) - 1;
    }

    /** The goroutine that created it (0: the runtime). */
    public long parent(long g) {
        return gParent.getLong((int) g);
    }

    /** The function it runs, as Go names it. */
    public String function(long g) {
        Object f = gFunction.get((int) g);
        return f == null ? "" : (String) f;
    }

    /** The line of the go statement that created it. */
    public int createdLine(long g) {
        return gCreatedLine.getInt((int) g);
    }

    /** The value a parked sender carries, else "". */
    public String carried(long g) {
        Object v = gCarry.get((int) g);
        return v == null ? "" : (String) v;
    }

    /** The channel it is parked on, or 0. */
    public long parkedOn(long g) {
        return gChan.getLong((int) g);
    }

    // ---- objects ----

    /** Channels are 1..chanCount. */
    public int chanCount() {
        return chanCount;
    }

    public ChanView chan(long id) {
        return (ChanView) chans.get((int) id);
    }

    /** Sync objects are 1..syncCount. */
    public int syncCount() {
        return syncCount;
    }

    public SyncView sync(long id) {
        return (SyncView) syncs.get((int) id);
    }

    /** Contexts are 1..contextCount. */
    public int contextCount() {
        return contextCount;
    }

    public ContextView context(long id) {
        return (ContextView) contexts.get((int) id);
    }

    /** Timers armed now. */
    public int activeTimers() {
        return activeTimers;
    }

    // ---- output and the end ----

    /** Writes so far. */
    public int outputCount() {
        return outputCount;
    }

    public String outputText(int i) {
        return (String) outputText.get(i);
    }

    /** 1 for stdout, 2 for stderr. */
    public int outputFd(int i) {
        return outputFd.getInt(i);
    }

    /** Everything written to fd so far. */
    public String output(int fd) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < outputCount; i++) {
            if (outputFd.getInt(i) == fd) {
                b.append((String) outputText.get(i));
            }
        }
        return b.toString();
    }

    /** The exit status, -1 while running. */
    public int exitStatus() {
        return exitStatus;
    }

    /** exit, panic, fatal or deadlock; "" while running. */
    public String exitReason() {
        return exitReason;
    }

    public long steals() {
        return steals;
    }

    public long handoffs() {
        return handoffs;
    }

    public long preemptions() {
        return preemptions;
    }
}
