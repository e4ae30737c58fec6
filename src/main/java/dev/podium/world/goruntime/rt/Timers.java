package dev.podium.world.goruntime.rt;

import dev.podium.engine.Kernel;
import dev.podium.world.goruntime.event.ContextErr;
import dev.podium.world.goruntime.event.TimerFired;
import dev.podium.world.goruntime.event.TimerSet;
import dev.podium.world.goruntime.event.TimerStopped;

/**
 * Timers on the P that set them (time.go): time.Sleep, NewTimer/After, tickers, AfterFunc and context deadlines.
 * Each fires at its exact time as a kernel event; the goroutines it readies go to its P (or, if that P is not
 * running, to an idle P with a new M). Channel timers follow Go 1.23: synchronous to the program (len and cap 0),
 * and Stop/Reset discard a value not yet received, so no stale tick is ever read after them.
 */
final class Timers {
    private final GoRuntime rt;
    private long nextId = 1;
    private int active;

    Timers(GoRuntime rt) {
        this.rt = rt;
    }

    /** Timers armed and not yet fired or stopped (checkdead sees no deadlock while there is one). */
    int active() {
        return active;
    }

    int sleep(G g, long nanos) {
        if (nanos <= 0) {
            return GoRuntime.CONTINUE;
        }
        Timer t = new Timer(nextId++, null);
        t.sleeper = g;
        arm(t, rt.after(nanos), g.goid);
        rt.park(g, WaitReasons.SLEEP);
        return GoRuntime.PARKED;
    }

    Timer newTimer(G g, long nanos, long periodNanos) {
        Hchan c = rt.chans().make(g.goid, "time.Time", 1, g.body.line(), true);
        Timer t = new Timer(nextId++, c);
        t.periodNanos = Math.max(0, periodNanos);
        arm(t, rt.after(nanos), g.goid);
        return t;
    }

    Timer afterFunc(G g, long nanos, GoBody body, String function) {
        Timer t = new Timer(nextId++, null);
        t.afterFunc = body;
        t.afterFuncName = function;
        t.line = g.body.line();
        arm(t, rt.after(nanos), g.goid);
        return t;
    }

    Timer forContext(Context ctx, long whenNanos) {
        Timer t = new Timer(nextId++, null);
        t.context = ctx;
        arm(t, whenNanos, 0);
        return t;
    }

    private void arm(Timer t, long when, long goid) {
        t.when = when;
        t.active = true;
        active++;
        if (t.owner == null) {
            t.owner = rt.curP != null ? rt.curP : rt.sched().allp.get(0);
        }
        t.handle = rt.kernel().scheduleAt(Math.min(Math.max(when, rt.now()), Long.MAX_VALUE / 2),
                Kernel.NORMAL_PRIORITY, () -> fire(t));
        rt.emit(new TimerSet(rt.now(), t.id, t.owner.id, when, t.periodNanos, goid));
    }

    private boolean disarm(Timer t) {
        if (!t.active) {
            return false;
        }
        rt.kernel().cancel(t.handle);
        t.handle = null;
        t.active = false;
        active--;
        rt.emit(new TimerStopped(rt.now(), t.id));
        return true;
    }

    /** Stop (Go 1.23): true if it stopped the timer before it fired, or discarded an unreceived value. */
    boolean stop(Timer t) {
        boolean pending = disarm(t);
        if (drain(t) && t.periodNanos == 0) {
            pending = true;
        }
        return pending;
    }

    /** Reset (Go 1.23): like Stop, then armed again for {@code nanos} (a ticker's new period). */
    boolean reset(G g, Timer t, long nanos) {
        boolean pending = stop(t);
        if (t.periodNanos > 0) {
            t.periodNanos = Math.max(1, nanos);
        }
        arm(t, rt.after(nanos), g.goid);
        return pending;
    }

    void cancelContextTimer(Timer t) {
        disarm(t);
    }

    private boolean drain(Timer t) {
        Hchan c = t.channel();
        if (c != null && c.qcount > 0) {
            rt.chans().bufget(c);
            return true;
        }
        return false;
    }

    private void fire(Timer t) {
        t.handle = null;
        if (rt.ended() || !t.active) {
            return;
        }
        long now = rt.now();
        rt.emit(new TimerFired(now, t.id));
        P saved = rt.curP;
        rt.curP = t.owner;
        if (t.periodNanos > 0 && t.channel() != null) {
            long next = t.when + t.periodNanos * (1 + (now - t.when) / t.periodNanos);
            t.when = next;
            t.handle = rt.kernel().scheduleAt(next, Kernel.NORMAL_PRIORITY, () -> fire(t));
        } else {
            t.active = false;
            active--;
        }
        if (t.sleeper != null) {
            G g = t.sleeper;
            t.sleeper = null;
            rt.ready(g);
        } else if (t.channel() != null) {
            rt.chans().sendNonBlocking(t.channel(), now);
        } else if (t.afterFunc != null) {
            rt.newprocFromRuntime(t.afterFunc, t.afterFuncName, t.line);
        } else if (t.context != null) {
            rt.contexts().cancel(t.context, ContextErr.DEADLINE_EXCEEDED, null, 0);
        }
        rt.curP = saved;
        rt.sched().checkdead();
    }
}
