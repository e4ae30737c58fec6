package dev.podium.world.goruntime.rt;

import dev.podium.engine.RandomStream;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.GoroutinePreempted;
import dev.podium.world.goruntime.event.GoroutinesStolen;
import dev.podium.world.goruntime.event.MState;
import dev.podium.world.goruntime.event.MStateChanged;
import dev.podium.world.goruntime.event.PHandedOff;
import dev.podium.world.goruntime.event.PState;
import dev.podium.world.goruntime.event.PStateChanged;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * proc.go's scheduler: Ps and their idle list, Ms that run, spin, park or sit in syscalls, findRunnable with work
 * stealing, handoffp and checkdead. The run queues are {@link RunQueues}, sysmon is {@link Sysmon}. Follows Go 1.23
 * (reference §2.2); where it is simpler, docs/goruntime-fidelity.md says how.
 */
final class Scheduler {
    static final long RUNNEXT_STEAL_WAIT = 3_000;
    static final int STEAL_TRIES = 4;

    private final GoRuntime rt;
    private final RandomStream stealRandom;
    final List<P> allp = new ArrayList<>();
    final List<M> allm = new ArrayList<>();
    private final ArrayDeque<M> midle = new ArrayDeque<>();
    private final ArrayDeque<P> pidle = new ArrayDeque<>();
    int gomaxprocs;
    int npidle;
    int nmspinning;
    private int[] coprimes;
    /** Each P's runnext and ring, and the global run queue. */
    final RunQueues queues;
    final Sysmon sysmon;
    /** Set by findRunnable: a running victim's runnext is worth waiting 3 µs for. */
    private boolean runnextPending;

    Scheduler(GoRuntime rt, RandomStream stealRandom) {
        this.rt = rt;
        this.stealRandom = stealRandom;
        this.queues = new RunQueues(rt, this);
        this.sysmon = new Sysmon(rt, this);
    }

    // ---- Ps ----

    /** procresize, simplified: new Ps start idle; Ps beyond a smaller GOMAXPROCS retire (their Gs go global). */
    void resize(int n) {
        int old = gomaxprocs;
        while (allp.size() < n) {
            allp.add(new P(allp.size()));
        }
        gomaxprocs = n;
        coprimes = coprimesOf(n);
        for (int i = old; i < n; i++) {
            P p = allp.get(i);
            p.retired = false;
            if (p.status == PState.IDLE && !pidle.contains(p)) {
                pidleput(p);
            }
        }
        for (int i = n; i < old; i++) {
            P p = allp.get(i);
            p.retired = true;
            if (p.runnext != null) {
                G g = p.runnext;
                p.runnext = null;
                queues.globrunqput(g);
            }
            while (p.runqsize() > 0) {
                G g = p.runq[p.runqhead++ & (P.RING - 1)];
                queues.globrunqput(g);
            }
            if (p.status == PState.IDLE && pidle.remove(p)) {
                npidle--;
            }
        }
    }

    private static int[] coprimesOf(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            if (gcd(i, n) == 1) {
                list.add(i);
            }
        }
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    void pidleput(P p) {
        p.status = PState.IDLE;
        p.m = null;
        pidle.push(p);
        npidle++;
        rt.emit(new PStateChanged(rt.now(), p.id, PState.IDLE, -1));
    }

    P pidleget() {
        P p = pidle.poll();
        if (p != null) {
            npidle--;
        }
        return p;
    }

    /** Takes this idle P off the idle list; false if it is not idle. */
    boolean pidletake(P p) {
        if (p.status == PState.IDLE && pidle.remove(p)) {
            npidle--;
            return true;
        }
        return false;
    }

    // ---- finding work ----

    private G findRunnable(M m) {
        P p = m.p;
        runnextPending = false;
        if (p.schedtick % 61 == 0 && queues.globSize > 0) {
            G g = queues.globrunqget(p, 1);
            if (g != null) {
                return g;
            }
        }
        G g = queues.runqget(p);
        if (g != null) {
            return g;
        }
        if (queues.globSize > 0) {
            g = queues.globrunqget(p, 0);
            if (g != null) {
                return g;
            }
        }
        if (m.spinning || 2 * nmspinning < gomaxprocs - npidle) {
            if (!m.spinning) {
                m.spinning = true;
                nmspinning++;
                setM(m, MState.SPINNING, p, 0);
            }
            g = stealWork(m);
            if (g != null) {
                queues.inheritTime = false;
                return g;
            }
        }
        return null;
    }

    /** stealWork: 4 tries over all Ps in a random order (random start, stride coprime with GOMAXPROCS). */
    private G stealWork(M m) {
        P self = m.p;
        int n = gomaxprocs;
        for (int i = 0; i < STEAL_TRIES; i++) {
            boolean stealRunnext = i == STEAL_TRIES - 1;
            int r = stealRandom.nextInt(n * coprimes.length);
            int pos = r % n;
            int inc = coprimes[(r / n) % coprimes.length];
            for (int k = 0; k < n; k++, pos = (pos + inc) % n) {
                P victim = allp.get(pos);
                if (victim == self || victim.status == PState.IDLE || victim.retired) {
                    continue;
                }
                G g = runqsteal(m, self, victim, stealRunnext);
                if (g != null) {
                    return g;
                }
            }
        }
        return null;
    }

    /** runqgrab + runqsteal: half the victim's ring rounded up, from its head; the last one grabbed runs. */
    private G runqsteal(M m, P self, P victim, boolean stealRunnext) {
        int n = victim.runqsize();
        n = n - n / 2;
        if (n == 0) {
            if (!stealRunnext || victim.runnext == null) {
                return null;
            }
            if (victim.status == PState.RUNNING && !m.waitedForRunnext) {
                // Go sleeps 3 µs first, giving the running owner the chance to schedule it itself.
                runnextPending = true;
                return null;
            }
            G g = victim.runnext;
            victim.runnext = null;
            rt.emit(new GoroutinesStolen(rt.now(), victim.id, self.id, 1, true));
            return g;
        }
        rt.emit(new GoroutinesStolen(rt.now(), victim.id, self.id, n, false));
        G last = null;
        for (int i = 0; i < n; i++) {
            int slot = victim.runqhead++ & (P.RING - 1);
            G g = victim.runq[slot];
            victim.runq[slot] = null;
            if (i < n - 1) {
                self.runq[self.runqtail++ & (P.RING - 1)] = g;
            } else {
                last = g;
            }
        }
        return last;
    }

    // ---- running ----

    /** schedule(): finds a goroutine for m's P and executes it, or parks m (and its P) if there is none. */
    void schedule(M m) {
        m.step = null;
        if (rt.ended()) {
            return;
        }
        P p = m.p;
        if (p.retired) {
            p.status = PState.IDLE;
            p.m = null;
            rt.emit(new PStateChanged(rt.now(), p.id, PState.IDLE, -1));
            m.p = null;
            dropSpinning(m);
            stopm(m);
            return;
        }
        G g = findRunnable(m);
        if (g == null) {
            if (runnextPending) {
                m.waitedForRunnext = true;
                m.step = rt.slices().scheduleAfter(m, RUNNEXT_STEAL_WAIT);
                return;
            }
            m.waitedForRunnext = false;
            m.p = null;
            dropSpinning(m);
            pidleput(p);
            stopm(m);
            return;
        }
        m.waitedForRunnext = false;
        boolean inherit = queues.inheritTime;
        if (m.spinning) {
            // resetspinning: this M found work; another may start spinning for what is left.
            dropSpinning(m);
            wakep();
        }
        execute(m, g, inherit);
    }

    private void dropSpinning(M m) {
        if (m.spinning) {
            m.spinning = false;
            nmspinning--;
        }
    }

    /** execute(): runs g on m; schedtick counts only a new time slice (not one inherited from runnext). */
    void execute(M m, G g, boolean inherit) {
        P p = m.p;
        if (!inherit) {
            p.schedtick++;
        }
        g.preempt = false;
        m.curg = g;
        rt.setStatus(g, GStatus.RUNNING, "", p.id, m.id);
        if (m.state != MState.RUNNING) {
            setM(m, MState.RUNNING, p, g.goid);
        }
        if (g.retry != null) {
            m.pending = new Yield.Call(0, g.retry);
            g.retry = null;
        }
        m.step = rt.slices().stepAfter(m, rt.params().schedNanos());
    }

    /** goschedImpl / gopreempt_m: g goes to the global queue's tail, another M may wake, m schedules. */
    void gopreempt(M m, G g, boolean gosched) {
        rt.emit(new GoroutinePreempted(rt.now(), g.goid, m.p.id, gosched));
        g.preempt = false;
        rt.setStatus(g, GStatus.RUNNABLE, "", -1, -1);
        m.curg = null;
        queues.globrunqput(g);
        wakep();
        schedule(m);
    }

    /** goyield: g goes to the tail of its P's ring (not the global queue), and m schedules. */
    void goyield(M m, G g) {
        rt.setStatus(g, GStatus.RUNNABLE, "", -1, -1);
        m.curg = null;
        queues.runqput(m.p, g, false);
        schedule(m);
    }

    // ---- Ms ----

    /** wakep: starts a spinning M on an idle P, unless one already spins. */
    void wakep() {
        if (nmspinning != 0 || npidle == 0) {
            return;
        }
        P p = pidleget();
        if (p == null) {
            return;
        }
        nmspinning++;
        startm(p, true);
    }

    /** startm: an idle (or new) M takes p and runs schedule() once it is awake. */
    M startm(P p, boolean spinning) {
        M m = midle.poll();
        if (m == null) {
            m = new M(allm.size());
            allm.add(m);
        }
        m.p = p;
        p.m = m;
        p.status = PState.RUNNING;
        m.spinning = spinning;
        rt.emit(new PStateChanged(rt.now(), p.id, PState.RUNNING, m.id));
        setM(m, spinning ? MState.SPINNING : MState.RUNNING, p, 0);
        sysmon.wake();
        m.step = rt.slices().scheduleAfter(m, rt.params().wakeNanos());
        return m;
    }

    void stopm(M m) {
        m.curg = null;
        m.p = null;
        midle.push(m);
        setM(m, MState.IDLE, null, 0);
        checkdead();
    }

    void setM(M m, MState state, P p, long goid) {
        m.state = state;
        rt.emit(new MStateChanged(rt.now(), m.id, state, p == null ? -1 : p.id, goid));
    }

    /** handoffp: gives a P whose M blocks to another M if there is work for it, else idles it. */
    void handoffp(P p, M from) {
        if (!p.runqempty() || queues.globSize > 0) {
            M to = startm(p, false);
            rt.emit(new PHandedOff(rt.now(), p.id, from.id, to.id));
            return;
        }
        if (nmspinning + npidle == 0) {
            nmspinning++;
            M to = startm(p, true);
            rt.emit(new PHandedOff(rt.now(), p.id, from.id, to.id));
            return;
        }
        rt.emit(new PHandedOff(rt.now(), p.id, from.id, -1));
        pidleput(p);
    }

    /** checkdead: no M running, spinning or in a syscall, and no timer pending, means no goroutine can run. */
    void checkdead() {
        if (rt.ended() || midle.size() != allm.size() || rt.timers().active() > 0) {
            return;
        }
        if (queues.globSize > 0) {
            throw new IllegalStateException("checkdead: runnable g in the global queue");
        }
        for (int i = 0; i < gomaxprocs; i++) {
            if (!allp.get(i).runqempty()) {
                throw new IllegalStateException("checkdead: runnable g on P" + i);
            }
        }
        rt.deadlock();
    }

    // ---- syscalls ----

    /** entersyscall: the P stays in _Psyscall, free for sysmon to retake; the syscall ends after {@code nanos}. */
    void entersyscall(M m, G g, long nanos) {
        P p = m.p;
        rt.setStatus(g, GStatus.SYSCALL, "", p.id, m.id);
        p.status = PState.SYSCALL;
        p.m = null;
        m.oldp = p;
        m.p = null;
        rt.emit(new PStateChanged(rt.now(), p.id, PState.SYSCALL, m.id));
        setM(m, MState.SYSCALL, p, g.goid);
        m.step = rt.kernel().scheduleAt(rt.after(nanos), 0, () -> exitsyscall(m, g));
    }

    /** exitsyscall: back to the old P if sysmon did not take it, else any idle P, else the global queue. */
    void exitsyscall(M m, G g) {
        m.step = null;
        if (rt.ended()) {
            return;
        }
        P old = m.oldp;
        m.oldp = null;
        P p = null;
        if (old.status == PState.SYSCALL && !old.retired) {
            p = old;
            p.syscalltick++;
        } else {
            p = pidleget();
        }
        if (p == null) {
            rt.setStatus(g, GStatus.RUNNABLE, "", -1, -1);
            m.curg = null;
            queues.globrunqput(g);
            stopm(m);
            return;
        }
        m.p = p;
        p.m = m;
        p.status = PState.RUNNING;
        rt.emit(new PStateChanged(rt.now(), p.id, PState.RUNNING, m.id));
        setM(m, MState.RUNNING, p, g.goid);
        sysmon.wake();
        rt.setStatus(g, GStatus.RUNNING, "", p.id, m.id);
        rt.slices().resumeNow(m, g);
    }
}
