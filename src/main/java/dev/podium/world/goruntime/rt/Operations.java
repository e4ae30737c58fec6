package dev.podium.world.goruntime.rt;

import dev.podium.world.goruntime.event.ContextErr;
import dev.podium.world.goruntime.event.ContextKind;
import dev.podium.world.goruntime.event.GomaxprocsChanged;

/**
 * The operations a goroutine's slice ends with ({@link Op}): what each costs in simulated time and which part of
 * the runtime performs it (channels, sync, timers, contexts, the scheduler). Single-threaded like the kernel.
 */
final class Operations {
    private final GoRuntime rt;

    Operations(GoRuntime rt) {
        this.rt = rt;
    }

    /** The simulated nanoseconds the operation a slice ended with costs, on top of the slice's CPU time. */
    long cost(Yield y) {
        if (!(y instanceof Yield.Call call)) {
            return 0;
        }
        Op op = call.op();
        if (op instanceof Op.Send || op instanceof Op.Recv || op instanceof Op.Close || op instanceof Op.MakeChan) {
            return rt.params().chanNanos();
        }
        if (op instanceof Op.Select s) {
            return rt.params().chanNanos() * Math.max(1, s.cases().size());
        }
        if (op instanceof Op.Go) {
            return rt.params().goNanos();
        }
        if (op instanceof Op.Write) {
            return rt.params().writeNanos();
        }
        if (op instanceof Op.Sleep || op instanceof Op.NewTimer || op instanceof Op.AfterFunc
                || op instanceof Op.StopTimer || op instanceof Op.ResetTimer) {
            return rt.params().timerNanos();
        }
        if (op instanceof Op.Syscall || op instanceof Op.Gosched) {
            return 0;
        }
        return rt.params().syncNanos();
    }

    /** Performs op for g running on m; returns GoRuntime.CONTINUE, PARKED or DONE. */
    int perform(M m, G g, Op op) {
        if (op instanceof Op.Send s) {
            return rt.chans().send(g, s);
        }
        if (op instanceof Op.Recv r) {
            return rt.chans().recv(g, r);
        }
        if (op instanceof Op.Select s) {
            return rt.chans().select(g, s);
        }
        if (op instanceof Op.Go go) {
            rt.newproc(g, go);
            return GoRuntime.CONTINUE;
        }
        if (op instanceof Op.Write w) {
            rt.write(g, w.fd(), w.text());
            return GoRuntime.CONTINUE;
        }
        if (op instanceof Op.MakeChan mc) {
            g.result = mc.capacity() < 0 ? new Op.Fault("makechan: size out of range")
                    : rt.chans().make(g, mc.elemType(), mc.capacity(), mc.site());
            return GoRuntime.CONTINUE;
        }
        if (op instanceof Op.Close c) {
            return rt.chans().close(g, c);
        }
        if (op instanceof Op.Lock || op instanceof Op.Unlock || op instanceof Op.TryLock || op instanceof Op.RLock
                || op instanceof Op.RUnlock || op instanceof Op.WLock || op instanceof Op.WUnlock
                || op instanceof Op.WaitGroupAdd || op instanceof Op.WaitGroupWait || op instanceof Op.CondWait
                || op instanceof Op.CondSignal) {
            return rt.syncs().perform(m, g, op);
        }
        if (op instanceof Op.Sleep s) {
            return rt.timers().sleep(g, s.nanos());
        }
        if (op instanceof Op.NewTimer t) {
            g.result = rt.timers().newTimer(g, t.nanos(), t.periodNanos());
            return GoRuntime.CONTINUE;
        }
        if (op instanceof Op.AfterFunc a) {
            g.result = rt.timers().afterFunc(g, a.nanos(), a.body(), a.function());
            return GoRuntime.CONTINUE;
        }
        if (op instanceof Op.StopTimer st) {
            g.result = rt.timers().stop(st.t());
            return GoRuntime.CONTINUE;
        }
        if (op instanceof Op.ResetTimer reset) {
            g.result = rt.timers().reset(g, reset.t(), reset.nanos());
            return GoRuntime.CONTINUE;
        }
        if (op instanceof Op.NewContext nc) {
            g.result = rt.contexts().create(g, nc);
            return GoRuntime.CONTINUE;
        }
        if (op instanceof Op.CancelContext cc) {
            if (cc.ctx() != null && cc.ctx().kind != ContextKind.VALUE) {
                rt.contexts().cancel(cc.ctx(), ContextErr.CANCELED, cc.cause(), g.goid);
            }
            return GoRuntime.CONTINUE;
        }
        if (op instanceof Op.Gosched) {
            rt.sched().gopreempt(m, g, true);
            return GoRuntime.DONE;
        }
        if (op instanceof Op.Syscall sc) {
            rt.sched().entersyscall(m, g, Math.max(0, sc.nanos()));
            return GoRuntime.DONE;
        }
        if (op instanceof Op.SetMaxProcs sp) {
            g.result = rt.sched().gomaxprocs;
            int n = Math.min(sp.n(), GoParams.MAX_PROCS);
            if (n > 0 && n != rt.sched().gomaxprocs) {
                rt.emit(new GomaxprocsChanged(rt.now(), n));
                rt.sched().resize(n);
                rt.sched().wakep();
            }
            return GoRuntime.CONTINUE;
        }
        throw new IllegalArgumentException("unknown operation " + op);
    }
}
