package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.rt.Cond;
import dev.podium.world.goruntime.rt.Context;
import dev.podium.world.goruntime.rt.ExecTestHandles;
import dev.podium.world.goruntime.rt.GoBody;
import dev.podium.world.goruntime.rt.GoProgram;
import dev.podium.world.goruntime.rt.Hchan;
import dev.podium.world.goruntime.rt.Mutex;
import dev.podium.world.goruntime.rt.Op;
import dev.podium.world.goruntime.rt.RWMutex;
import dev.podium.world.goruntime.rt.Timer;
import dev.podium.world.goruntime.rt.WaitGroup;
import dev.podium.world.goruntime.rt.Yield;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A TEST DOUBLE of the Go runtime, for the interpreter's tests only: one P, round-robin, a virtual clock, and the
 * simplest correct channels, select, sync and timers. It runs a {@link GoProgram} end to end and collects its
 * output and exit status. The real runtime ({@code world/goruntime/rt}) replaces it.
 */
final class TestRuntime {

    /** What a run printed and how it ended. */
    record Result(String stdout, String stderr, int exit, long nowNanos) {
    }

    private static final long SLICE = 100_000;
    private static final int MAX_STEPS = 50_000_000;
    int maxSteps = MAX_STEPS;

    private final GoProgram program;
    private final SplittableRandom random;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private final ArrayDeque<G> runq = new ArrayDeque<>();
    private final PriorityQueue<Timed> timers = new PriorityQueue<>((a, b) -> a.at != b.at
            ? Long.compare(a.at, b.at) : Long.compare(a.seq, b.seq));
    private final Map<Hchan, Chan> chans = new IdentityHashMap<>();
    private final Map<Object, Lock> locks = new IdentityHashMap<>();
    private final Map<WaitGroup, long[]> wgCount = new IdentityHashMap<>();
    private final Map<WaitGroup, List<G>> wgWait = new IdentityHashMap<>();
    private final Map<Cond, ArrayDeque<G>> condWait = new IdentityHashMap<>();
    private final Map<Context, List<Context>> children = new IdentityHashMap<>();
    private final Map<Timer, Timed> timerOf = new IdentityHashMap<>();
    private long now;
    private long seq;
    private long nextId = 1;
    private long chanIds = 1;
    private int live;
    private int procs = 8;

    private static final class G {
        final long id;
        final GoBody body;
        Object result;
        boolean selecting;

        G(long id, GoBody body) {
            this.id = id;
            this.body = body;
        }
    }

    private static final class Timed {
        long at;
        long seq;
        long period;
        Runnable fire;
        boolean active = true;
    }

    private static final class Waiter {
        final G g;
        final Object value;
        final int caseIndex;

        Waiter(G g, Object value, int caseIndex) {
            this.g = g;
            this.value = value;
            this.caseIndex = caseIndex;
        }
    }

    private static final class Chan {
        final Hchan h;
        final java.util.LinkedList<Object> buf = new java.util.LinkedList<>();
        final ArrayDeque<Waiter> sendq = new ArrayDeque<>();
        final ArrayDeque<Waiter> recvq = new ArrayDeque<>();
        boolean closed;

        Chan(Hchan h) {
            this.h = h;
        }
    }

    private static final class Lock {
        boolean held;
        int readers;
        final ArrayDeque<G> waiters = new ArrayDeque<>();
        final ArrayDeque<Boolean> writer = new ArrayDeque<>();
    }

    TestRuntime(GoProgram program, long seed) {
        this.program = program;
        this.random = new SplittableRandom(seed);
    }

    static Result run(GoProgram program, long seed) {
        return new TestRuntime(program, seed).run();
    }

    private Result fatal(String msg) {
        err.append(msg).append('\n');
        return new Result(out.toString(), err.toString(), 2, now);
    }

    Result run() {
        G main = spawn(program.main());
        for (int step = 0; step < maxSteps; step++) {
            G g = runq.poll();
            if (g == null) {
                Timed t = timers.poll();
                if (t == null) {
                    return fatal("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [blocked]:");
                }
                now = Math.max(now, t.at);
                if (t.active) {
                    t.fire.run();
                }
                continue;
            }
            // run g until it blocks, yields or ends
            while (true) {
                Object r = g.result;
                g.result = null;
                Yield y = g.body.resume(r, SLICE, clock(g));
                now += y.cpuNanos();
                if (y instanceof Yield.Ran) {
                    runq.add(g);
                    break;
                }
                if (y instanceof Yield.Exited) {
                    live--;
                    if (g == main) {
                        return new Result(out.toString(), err.toString(), 0, now);
                    }
                    break;
                }
                if (y instanceof Yield.Panicked p) {
                    err.append("panic: ").append(p.message()).append("\n\ngoroutine ").append(g.id)
                            .append(" [running]:\n");
                    for (GoBody.StackFrame f : g.body.stack()) {
                        err.append(f.function()).append("(...)\n\t").append(f.file()).append(':')
                                .append(f.line()).append('\n');
                    }
                    err.append("exit status 2\n");
                    return new Result(out.toString(), err.toString(), 2, now);
                }
                if (y instanceof Yield.Exit e) {
                    return new Result(out.toString(), err.toString(), e.code(), now);
                }
                Op op = ((Yield.Call) y).op();
                Object res = perform(g, op);
                if (res == FATAL) {
                    return new Result(out.toString(), err.toString(), 2, now);
                }
                if (res == PARKED) {
                    break;
                }
                if (res == YIELD) {
                    runq.add(g);
                    break;
                }
                g.result = res;
            }
        }
        return fatal("test runtime: too many steps");
    }

    private static final Object PARKED = new Object();
    private static final Object YIELD = new Object();
    private static final Object FATAL = new Object();

    private GoBody.Clock clock(G g) {
        long at = now;
        return new GoBody.Clock() {
            public long nowNanos() {
                return at;
            }

            public int gomaxprocs() {
                return procs;
            }

            public int numGoroutine() {
                return live;
            }

            public long goid() {
                return g.id;
            }

            public long random() {
                return random.nextLong() >>> 1;
            }
        };
    }

    private G spawn(GoBody body) {
        G g = new G(nextId++, body);
        live++;
        runq.add(g);
        return g;
    }

    private void ready(G g, Object result) {
        g.result = result;
        runq.add(g);
    }

    private Timed at(long when, long period, Runnable fire) {
        Timed t = new Timed();
        t.at = when;
        t.seq = seq++;
        t.period = period;
        t.fire = fire;
        timers.add(t);
        return t;
    }

    private Chan chan(Hchan h) {
        return chans.computeIfAbsent(h, Chan::new);
    }

    private Lock lock(Object o) {
        return locks.computeIfAbsent(o, k -> new Lock());
    }

    private Object perform(G g, Op op) {
        if (op instanceof Op.Go o) {
            spawn(o.body());
            return null;
        }
        if (op instanceof Op.Write w) {
            (w.fd() == 1 ? out : err).append(w.text());
            return null;
        }
        if (op instanceof Op.Gosched) {
            return YIELD;
        }
        if (op instanceof Op.SetMaxProcs s) {
            int prev = procs;
            if (s.n() > 0) {
                procs = s.n();
            }
            return prev;
        }
        if (op instanceof Op.Sleep s) {
            if (s.nanos() <= 0) {
                return YIELD;
            }
            at(now + s.nanos(), 0, () -> ready(g, null));
            return PARKED;
        }
        if (op instanceof Op.Syscall s) {
            at(now + s.nanos(), 0, () -> ready(g, null));
            return PARKED;
        }
        if (op instanceof Op.MakeChan m) {
            Hchan h = ExecTestHandles.chan(chanIds++, m.capacity());
            chan(h);
            return h;
        }
        if (op instanceof Op.Send s) {
            return send(g, s.ch(), s.value(), -1);
        }
        if (op instanceof Op.Recv r) {
            return recv(g, r.ch(), r.zero(), -1);
        }
        if (op instanceof Op.Close c) {
            return close(c.ch());
        }
        if (op instanceof Op.Select s) {
            return select(g, s);
        }
        return sync(g, op);
    }

    // ---- channels

    private Object send(G g, Hchan h, Object v, int caseIndex) {
        if (h == null) {
            return PARKED;
        }
        Chan c = chan(h);
        if (c.closed) {
            return new Op.Fault("send on closed channel");
        }
        Waiter r = pollLive(c.recvq);
        if (r != null) {
            wake(r, new Op.Received(v, true));
            return caseIndex >= 0 ? new Op.Selected(caseIndex, null, false) : null;
        }
        if (c.buf.size() < h.cap()) {
            c.buf.add(v);
            ExecTestHandles.setLen(h, c.buf.size());
            return caseIndex >= 0 ? new Op.Selected(caseIndex, null, false) : null;
        }
        if (caseIndex >= 0 || g == null) {
            return null;
        }
        c.sendq.add(new Waiter(g, v, -1));
        return PARKED;
    }

    private Object recv(G g, Hchan h, Object zero, int caseIndex) {
        if (h == null) {
            return caseIndex >= 0 ? null : PARKED;
        }
        Chan c = chan(h);
        Object got = null;
        boolean ok = false;
        boolean ready = false;
        if (!c.buf.isEmpty()) {
            got = c.buf.poll();
            ok = true;
            ready = true;
            Waiter s = pollLive(c.sendq);
            if (s != null) {
                c.buf.add(s.value);
                wake(s, null);
            }
            ExecTestHandles.setLen(h, c.buf.size());
        } else {
            Waiter s = pollLive(c.sendq);
            if (s != null) {
                got = s.value;
                ok = true;
                ready = true;
                wake(s, null);
            } else if (c.closed) {
                got = zero;
                ready = true;
            }
        }
        if (!ready) {
            if (caseIndex >= 0) {
                return null;
            }
            c.recvq.add(new Waiter(g, zero, -1));
            return PARKED;
        }
        return caseIndex >= 0 ? new Op.Selected(caseIndex, got, ok) : new Op.Received(got, ok);
    }

    private Waiter pollLive(ArrayDeque<Waiter> q) {
        while (!q.isEmpty()) {
            Waiter w = q.poll();
            if (w.caseIndex < 0 || w.g.selecting) {
                return w;
            }
        }
        return null;
    }

    /** Wakes a waiter; for a select, translates the result into its case. */
    private void wake(Waiter w, Object result) {
        if (w.caseIndex >= 0) {
            w.g.selecting = false;
            if (result instanceof Op.Received r) {
                ready(w.g, new Op.Selected(w.caseIndex, r.value(), r.ok()));
            } else if (result instanceof Op.Fault f) {
                ready(w.g, f);
            } else {
                ready(w.g, new Op.Selected(w.caseIndex, null, false));
            }
            return;
        }
        ready(w.g, result);
    }

    private Object close(Hchan h) {
        if (h == null) {
            return new Op.Fault("close of nil channel");
        }
        Chan c = chan(h);
        if (c.closed) {
            return new Op.Fault("close of closed channel");
        }
        c.closed = true;
        Waiter w;
        while ((w = pollLive(c.recvq)) != null) {
            wake(w, new Op.Received(w.value, false));
        }
        while ((w = pollLive(c.sendq)) != null) {
            wake(w, new Op.Fault("send on closed channel"));
        }
        return null;
    }

    private Object select(G g, Op.Select s) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < s.cases().size(); i++) {
            order.add(i);
        }
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        for (int i : order) {
            Op.SelectCase sc = s.cases().get(i);
            Object r = sc.send() ? send(g, sc.ch(), sc.value(), i) : recv(g, sc.ch(), sc.zero(), i);
            if (r != null) {
                return r;
            }
        }
        if (s.hasDefault()) {
            return new Op.Selected(-1, null, false);
        }
        g.selecting = true;
        for (int i = 0; i < s.cases().size(); i++) {
            Op.SelectCase sc = s.cases().get(i);
            if (sc.ch() == null) {
                continue;
            }
            Chan c = chan(sc.ch());
            (sc.send() ? c.sendq : c.recvq).add(new Waiter(g, sc.send() ? sc.value() : sc.zero(), i));
        }
        return PARKED;
    }

    // ---- sync

    private Object sync(G g, Op op) {
        if (op instanceof Op.Lock l) {
            return acquire(g, lock(l.m()), true);
        }
        if (op instanceof Op.TryLock l) {
            Lock k = lock(l.m());
            if (k.held) {
                return false;
            }
            k.held = true;
            return true;
        }
        if (op instanceof Op.Unlock u) {
            return release(lock(u.m()), "fatal error: sync: unlock of unlocked mutex");
        }
        if (op instanceof Op.WLock l) {
            return acquire(g, lock(l.rw()), true);
        }
        if (op instanceof Op.WUnlock u) {
            return release(lock(u.rw()), "fatal error: sync: Unlock of unlocked RWMutex");
        }
        if (op instanceof Op.RLock l) {
            return acquire(g, lock(l.rw()), false);
        }
        if (op instanceof Op.RUnlock u) {
            Lock k = lock(u.rw());
            if (k.readers == 0) {
                return fatalMark("fatal error: sync: RUnlock of unlocked RWMutex");
            }
            k.readers--;
            grant(k);
            return null;
        }
        if (op instanceof Op.WaitGroupAdd a) {
            long[] n = wgCount.computeIfAbsent(a.wg(), k -> new long[1]);
            n[0] += a.delta();
            if (n[0] < 0) {
                return new Op.Fault("sync: negative WaitGroup counter");
            }
            if (n[0] == 0) {
                for (G w : wgWait.getOrDefault(a.wg(), List.of())) {
                    ready(w, null);
                }
                wgWait.remove(a.wg());
            }
            return null;
        }
        if (op instanceof Op.WaitGroupWait w) {
            long[] n = wgCount.computeIfAbsent(w.wg(), k -> new long[1]);
            if (n[0] == 0) {
                return null;
            }
            wgWait.computeIfAbsent(w.wg(), k -> new ArrayList<>()).add(g);
            return PARKED;
        }
        if (op instanceof Op.CondWait w) {
            Object r = release(lock(w.c().locker()), "fatal error: sync: unlock of unlocked mutex");
            if (r == FATAL) {
                return r;
            }
            condWait.computeIfAbsent(w.c(), k -> new ArrayDeque<>()).add(g);
            return PARKED;
        }
        if (op instanceof Op.CondSignal s) {
            ArrayDeque<G> q = condWait.getOrDefault(s.c(), new ArrayDeque<>());
            while (!q.isEmpty()) {
                G w = q.poll();
                // the waiter locks c.L again before Wait returns
                if (acquire(w, lock(s.c().locker()), true) == null) {
                    ready(w, null);
                }
                if (!s.all()) {
                    break;
                }
            }
            return null;
        }
        return timeOrContext(g, op);
    }

    /** Takes the lock (exclusive or shared) or queues; null when taken now. */
    private Object acquire(G g, Lock k, boolean exclusive) {
        boolean free = exclusive ? !k.held && k.readers == 0 : !k.held && k.writer.stream().noneMatch(b -> b);
        if (free && k.waiters.isEmpty()) {
            if (exclusive) {
                k.held = true;
            } else {
                k.readers++;
            }
            return null;
        }
        k.waiters.add(g);
        k.writer.add(exclusive);
        return PARKED;
    }

    private Object release(Lock k, String fatal) {
        if (!k.held) {
            return fatalMark(fatal);
        }
        k.held = false;
        grant(k);
        return null;
    }

    private void grant(Lock k) {
        while (!k.waiters.isEmpty()) {
            boolean ex = k.writer.peek();
            if (ex) {
                if (k.held || k.readers > 0) {
                    return;
                }
                G w = k.waiters.poll();
                k.writer.poll();
                k.held = true;
                ready(w, null);
                continue;
            }
            if (k.held) {
                return;
            }
            G w = k.waiters.poll();
            k.writer.poll();
            k.readers++;
            ready(w, null);
        }
    }

    private Object fatalMark(String msg) {
        err.append(msg).append('\n');
        return FATAL;
    }

    // ---- timers and contexts

    private Object timeOrContext(G g, Op op) {
        if (op instanceof Op.NewTimer t) {
            Hchan c = ExecTestHandles.chan(chanIds++, 1);
            chan(c);
            Timer timer = ExecTestHandles.timer(c);
            arm(timer, c, t.nanos(), t.periodNanos(), null);
            return timer;
        }
        if (op instanceof Op.AfterFunc a) {
            Timer timer = ExecTestHandles.timer(null);
            arm(timer, null, a.nanos(), 0, a.body());
            return timer;
        }
        if (op instanceof Op.StopTimer s) {
            Timed t = timerOf.get(s.t());
            boolean active = t != null && t.active;
            if (t != null) {
                t.active = false;
            }
            return active;
        }
        if (op instanceof Op.ResetTimer r) {
            Timed t = timerOf.get(r.t());
            boolean active = t != null && t.active;
            if (t != null) {
                t.active = false;
            }
            arm(r.t(), r.t().channel(), r.nanos(), t != null && t.period > 0 ? r.nanos() : 0, null);
            return active;
        }
        if (op instanceof Op.NewContext n) {
            boolean cancellable = n.key() == null;
            Hchan done = cancellable ? ExecTestHandles.chan(chanIds++, 0) : null;
            long dl = n.deadlineNanos();
            if (n.parent() != null && n.parent().deadlineNanos() >= 0 && (dl < 0 || n.parent().deadlineNanos() < dl)) {
                dl = n.parent().deadlineNanos();
            }
            Context c = ExecTestHandles.context(nextCtx++, n.parent(), n.key(), n.value(), dl, done);
            if (n.parent() != null) {
                children.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(c);
            }
            if (n.parent() != null && n.parent().err() != Context.Err.NONE) {
                cancel(c, n.parent().err(), null);
            } else if (n.deadlineNanos() >= 0) {
                if (n.deadlineNanos() <= now) {
                    cancel(c, Context.Err.DEADLINE_EXCEEDED, null);
                } else {
                    at(n.deadlineNanos(), 0, () -> cancel(c, Context.Err.DEADLINE_EXCEEDED, null));
                }
            }
            return c;
        }
        if (op instanceof Op.CancelContext c) {
            cancel(c.ctx(), Context.Err.CANCELED, c.cause());
            return null;
        }
        throw new IllegalStateException("test runtime: unhandled " + op);
    }

    private long nextCtx = 1;

    private void cancel(Context c, Context.Err why, Object cause) {
        if (c.err() != Context.Err.NONE) {
            return;
        }
        if (c.done() != null || c.key() == null) {
            ExecTestHandles.cancel(c, why, cause);
            if (c.done() != null) {
                close(c.done());
            }
        }
        for (Context k : children.getOrDefault(c, List.of())) {
            cancel(k, why, cause);
        }
    }

    private void arm(Timer timer, Hchan c, long nanos, long period, GoBody body) {
        Timed[] self = new Timed[1];
        Runnable fire = new Runnable() {
            public void run() {
                if (body != null) {
                    self[0].active = false;
                    spawn(body);
                    return;
                }
                Chan ch = chan(c);
                if (ch.buf.isEmpty() && ch.recvq.isEmpty() || !ch.recvq.isEmpty()) {
                    send(null, c, now, -1);
                }
                if (period > 0) {
                    self[0] = at(now + period, period, this);
                    timerOf.put(timer, self[0]);
                } else {
                    self[0].active = false;
                }
            }
        };
        self[0] = at(now + Math.max(0, nanos), period, fire);
        timerOf.put(timer, self[0]);
    }
}
