package dev.podium.world.goruntime.rt;

import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.engine.RandomStreams;
import dev.podium.timeline.EventSink;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.goruntime.event.ContextErr;
import dev.podium.world.goruntime.event.ContextKind;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.GomaxprocsChanged;
import dev.podium.world.goruntime.event.GoroutineCreated;
import dev.podium.world.goruntime.event.GoProgramLoaded;
import dev.podium.world.goruntime.event.GoroutineStateChanged;
import dev.podium.world.goruntime.event.IgnoredReason;
import dev.podium.world.goruntime.event.PState;
import dev.podium.world.goruntime.event.RuntimeStarted;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link GoProgram} on the engine's {@link Kernel}: goroutines (G) on simulated threads (M) holding
 * processors (P), with Go 1.23's scheduler, channels, select, sync, timers and contexts, emitting {@link
 * dev.podium.world.goruntime.event.GoEvent}s to the sink as things happen.
 *
 * <p>Time: each goroutine runs in slices ({@link GoBody#resume}); the CPU time a slice used advances its M, and the
 * operation it ends with takes effect at the simulated time it is due (slice start + CPU time + the operation's
 * cost in {@link GoParams}), so operations on different Ps happen in the order of simulated time. A slice's budget
 * ends at sysmon's next tick, where a 10 ms time slice can be preempted.
 *
 * <p>The program ends when main returns (status 0), a goroutine panics unrecovered or the runtime meets a fatal
 * error (status 2, Go's text on stderr), {@code os.Exit} is called, or no goroutine can ever run again and no
 * timer is pending (Go's deadlock). Deterministic: its random streams ({@code goruntime.steal}, {@code
 * goruntime.select}, {@code goruntime.rand}) derive from {@link GoParams#seed}. Single-threaded like the kernel.
 */
public final class GoRuntime {
    static final int CONTINUE = 0;
    static final int PARKED = 1;
    static final int DONE = 2;
    private static final int SHOW_CHARS = 24;

    private final Kernel kernel;
    private final EventSink sink;
    private final GoParams params;
    private final GoProgram program;
    final RandomStream selectRandom;
    private final Scheduler sched;
    private final Chans chans;
    private final Syncs syncs;
    private final Timers timers;
    private final Contexts contexts;
    private final Interventions interventions = new Interventions(this);
    private final Slices slices;
    /** allgs by goid - 1; dead goroutines are dropped (null). */
    private final List<G> allgs = new ArrayList<>();
    private int numGoroutine;
    private final ProgramEnd end = new ProgramEnd(this);
    private boolean started;
    /** The P a goroutine readied now goes to (the running M's P, or the P of the timer firing). */
    P curP;

    /**
     * A runtime for {@code program}; nothing happens until {@link #start}.
     *
     * @param kernel the simulation's kernel
     * @param sink where events go
     * @param params GOMAXPROCS, costs and seed
     * @param program the compiled program
     */
    public GoRuntime(Kernel kernel, EventSink sink, GoParams params, GoProgram program) {
        this.kernel = kernel;
        this.sink = sink;
        this.params = params;
        this.program = program;
        this.selectRandom = new RandomStream(RandomStreams.streamSeed(params.seed(),
                "goruntime.select"));
        this.sched = new Scheduler(this, new RandomStream(RandomStreams.streamSeed(params.seed(),
                "goruntime.steal")));
        this.chans = new Chans(this);
        this.syncs = new Syncs(this);
        this.timers = new Timers(this);
        this.contexts = new Contexts(this);
        this.slices = new Slices(this, params.seed());
    }

    /** Starts the program now: Ps idle, main on P0's runnext, M0 running P0, sysmon. */
    public void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        emit(new RuntimeStarted(now(), params.gomaxprocs(), program.fileName()));
        emit(new GoProgramLoaded(now(), program.fileName(), program.source()));
        sched.resize(params.gomaxprocs());
        G main = newG(0, 0, null, program.main(), "main.main");
        P p0 = sched.allp.get(0);
        sched.pidletake(p0);
        sched.queues.runqput(p0, main, true);
        sched.startm(p0, false);
    }

    /**
     * Runs the kernel until the program ends, its events run out, or simulated time passes {@code limitNanos}.
     *
     * @return the result so far (status -1 if it has not ended)
     */
    public GoRunResult runToEnd(long limitNanos) {
        if (!started) {
            start();
        }
        while (!ended() && kernel.peekTime() <= limitNanos && kernel.step()) {
            // each step is one kernel event
        }
        return result();
    }

    /**
     * An action from outside the program (a teacher's, at the kernel's current time): GOMAXPROCS becomes {@code n}, as
     * if the program had called runtime.GOMAXPROCS(n) now: new Ps start idle and an M is woken for them, retired
     * Ps' goroutines go to the global queue. Nothing happens once the program has ended.
     *
     * @throws IllegalArgumentException if n is not within 1 and {@link GoParams#MAX_PROCS}
     */
    public void setGomaxprocs(int n) {
        if (n < 1 || n > GoParams.MAX_PROCS) {
            throw new IllegalArgumentException("GOMAXPROCS must be within 1 and " + GoParams.MAX_PROCS + ": " + n);
        }
        if (ended() || !started || n == sched.gomaxprocs) {
            return;
        }
        emit(new dev.podium.world.goruntime.event.GomaxprocsChanged(now(), n));
        sched.resize(n);
        P saved = curP;
        curP = null;
        sched.wakep();
        curP = saved;
    }

    /**
     * An action from outside the program: cancels context {@code id} (ids count from 1 in order of creation) and its
     * descendants with context.Canceled, as calling its cancel function would. Returns false if there is no such
     * context, it is a WithValue context (it has no cancel function of its own) or it is already done.
     */
    public boolean cancelContext(long id) {
        Context ctx = contexts.byId(id);
        if (ended() || ctx == null || ctx.kind == dev.podium.world.goruntime.event.ContextKind.VALUE
                || ctx.err != Context.Err.NONE) {
            return false;
        }
        contexts.cancel(ctx, dev.podium.world.goruntime.event.ContextErr.CANCELED, null, 0);
        return true;
    }

    /**
     * An action from outside the program: a new goroutine runs the top-level {@code function} with {@code args} (a
     * Long, Double, Boolean or String per parameter), put on the global run queue with a P woken, as the runtime
     * does for a goroutine that no running goroutine created.
     *
     * @return null if it was created, else why not (also emitted as an event)
     */
    public IgnoredReason addGoroutine(String function, Object[] args) {
        return interventions.addGoroutine(function, args);
    }

    /**
     * An action from outside the program: running goroutine {@code goid} enters a blocking system call for {@code
     * nanos}, as podium.Syscall does (its M keeps it, its P stays in _Psyscall for sysmon to retake).
     *
     * @return null if it did, else why not (also emitted as an event)
     */
    public IgnoredReason blockSyscall(long goid, long nanos) {
        return interventions.blockSyscall(goid, nanos);
    }

    /**
     * An action from outside the program: goroutine {@code goid}'s system call returns now (exitsyscall).
     *
     * @return null if it did, else why not (also emitted as an event)
     */
    public IgnoredReason unblockSyscall(long goid) {
        return interventions.unblockSyscall(goid);
    }

    /** What the program printed and its status so far. */
    public GoRunResult result() {
        return end.result();
    }

    /** Whether the program has ended. */
    public boolean ended() {
        return end.ended();
    }

    // ---- goroutines ----

    G newG(long parent, int line, String creator, GoBody body, String function) {
        G g = new G(allgs.size() + 1, parent, line, creator, body);
        allgs.add(g);
        numGoroutine++;
        emit(new GoroutineCreated(now(), g.goid, parent, function, line));
        return g;
    }

    /** newproc: a new goroutine on the current P's runnext, and wakep. */
    void newproc(G parent, Op.Go go) {
        String function = parent.body.function();
        String creator = function == null ? "main.main" : function;
        G g = newG(parent.goid, go.site(), creator, go.body(), go.function());
        readyNew(g);
    }

    /** A goroutine started by the runtime itself (AfterFunc's, "created by time.goFunc"). */
    void newprocFromRuntime(GoBody body, String function, int line) {
        G g = newG(0, line, "time.goFunc", body, function);
        readyNew(g);
    }

    private void readyNew(G g) {
        put(g);
    }

    void goexit(M m, G g) {
        setStatus(g, GStatus.DEAD, "", -1, -1);
        numGoroutine--;
        m.curg = null;
        if (g.goid == 1) {
            end.finish(0, "exit");
            return;
        }
        allgs.set((int) (g.goid - 1), null);
        g.body = null;
        sched.schedule(m);
    }

    /** gopark: g waits with Go's wait reason. */
    void park(G g, String reason) {
        g.waitSince = now();
        parkKeepingSince(g, reason);
    }

    /** gopark for a Mutex waiter re-queued at the front: its wait start stays. */
    void parkKeepingSince(G g, String reason) {
        g.waitReason = reason;
        g.status = GStatus.WAITING;
        emit(new GoroutineStateChanged(now(), g.goid, GStatus.WAITING, reason, line(g), -1, -1));
    }

    /** goready: g becomes runnable on the current P's runnext (inheriting its time slice), and wakep. */
    void ready(G g) {
        g.waitReason = "";
        setStatus(g, GStatus.RUNNABLE, "", -1, -1);
        put(g);
    }

    private void put(G g) {
        P p = curP;
        if (p != null && p.status == PState.RUNNING && !p.retired) {
            sched.queues.runqput(p, g, true);
            sched.wakep();
            return;
        }
        // Readied by a timer whose P is not running: an idle P (its own if idle) takes it with a new M.
        P idle = p != null && !p.retired && sched.pidletake(p) ? p : sched.pidleget();
        if (idle != null) {
            sched.queues.runqput(idle, g, true);
            sched.startm(idle, false);
            curP = idle;
            return;
        }
        sched.queues.globrunqput(g);
        sched.wakep();
    }

    void setStatus(G g, GStatus status, String reason, int p, int m) {
        g.status = status;
        emit(new GoroutineStateChanged(now(), g.goid, status, reason, line(g), p, m));
    }

    private static int line(G g) {
        return g.body == null ? 0 : g.body.line();
    }

    // ---- output and the end ----

    void write(G g, int fd, String text) {
        end.write(g, fd, text);
    }

    /** A fatal error in goroutine g (e.g. "sync: unlock of unlocked mutex"): status 2. */
    void fatal(G g, String message) {
        end.fatal(g, message);
    }

    /** checkdead found no goroutine that can ever run: every goroutine's traceback, status 2. */
    void deadlock() {
        end.deadlock(allgs);
    }

    // ---- shared services ----

    void emit(WorldEvent event) {
        sink.emit(event);
    }

    long now() {
        return kernel.now();
    }

    /** now + nanos, saturating (a time.Duration near its maximum must not wrap). */
    long after(long nanos) {
        long t = now() + Math.max(0, nanos);
        return t < 0 ? Long.MAX_VALUE / 2 : Math.min(t, Long.MAX_VALUE / 2);
    }

    Kernel kernel() {
        return kernel;
    }

    GoParams params() {
        return params;
    }

    Scheduler sched() {
        return sched;
    }

    Chans chans() {
        return chans;
    }

    Timers timers() {
        return timers;
    }

    Slices slices() {
        return slices;
    }

    Interventions interventions() {
        return interventions;
    }

    ProgramEnd end() {
        return end;
    }

    Syncs syncs() {
        return syncs;
    }

    Contexts contexts() {
        return contexts;
    }

    String show(Object value) {
        return value == null ? "<nil>" : program.show(value, SHOW_CHARS);
    }

    GoProgram program() {
        return program;
    }

    /** The live goroutine {@code goid}, or null. */
    G g(long goid) {
        return goid >= 1 && goid <= allgs.size() ? allgs.get((int) (goid - 1)) : null;
    }

    /** How many goroutines were ever created (the highest goid). */
    int goroutinesCreated() {
        return allgs.size();
    }

    // ---- inspection, for views and tests ----

    /** The current GOMAXPROCS. */
    public int gomaxprocs() {
        return sched.gomaxprocs;
    }

    /** runtime.NumGoroutine(). */
    public int numGoroutine() {
        return numGoroutine;
    }

    /** The goid in P {@code p}'s runnext slot, or 0. */
    public long runnext(int p) {
        G g = sched.allp.get(p).runnext;
        return g == null ? 0 : g.goid;
    }

    /** The goids on P {@code p}'s local ring, head first. */
    public List<Long> localRunQueue(int p) {
        P pp = sched.allp.get(p);
        List<Long> out = new ArrayList<>();
        for (int i = pp.runqhead; i != pp.runqtail; i++) {
            out.add(pp.runq[i & (P.RING - 1)].goid);
        }
        return out;
    }

    /** The goids on the global run queue, head first. */
    public List<Long> globalRunQueue() {
        List<Long> out = new ArrayList<>();
        for (G g = sched.queues.globHead; g != null; g = g.schedlink) {
            out.add(g.goid);
        }
        return out;
    }

    /** A live goroutine's state; {@link GStatus#DEAD} for one that ended (or never existed). */
    public GStatus status(long goid) {
        G g = goid >= 1 && goid <= allgs.size() ? allgs.get((int) (goid - 1)) : null;
        return g == null ? GStatus.DEAD : g.status;
    }

    /** A waiting goroutine's wait reason, else "". */
    public String waitReason(long goid) {
        G g = goid >= 1 && goid <= allgs.size() ? allgs.get((int) (goid - 1)) : null;
        return g == null || g.status != GStatus.WAITING ? "" : g.waitReason;
    }

    /** How many Ms exist, and how many are spinning now. */
    public int mcount() {
        return sched.allm.size();
    }

    /** How many Ms spin now (nmspinning). */
    public int nmspinning() {
        return sched.nmspinning;
    }
}
