package dev.podium.world.goruntime.rt;

import dev.podium.engine.EventHandle;
import dev.podium.engine.RandomStream;
import dev.podium.engine.RandomStreams;

/**
 * How an M runs its goroutine: slice by slice ({@link GoBody#resume}), each slice's CPU time advancing the M, and the
 * operation a slice ends with taking effect at its step, the simulated time it is due. A slice's budget ends at
 * sysmon's next tick (at most 10 ms), where a long time slice can be preempted. Single-threaded like the kernel.
 */
final class Slices {
    private static final long MAX_BUDGET = Sysmon.FORCE_PREEMPT_NANOS;

    private final GoRuntime rt;
    private final Operations operations;
    private final RandomStream programRandom;
    private final RuntimeClock clock = new RuntimeClock();

    Slices(GoRuntime rt, long seed) {
        this.rt = rt;
        this.operations = new Operations(rt);
        this.programRandom = new RandomStream(RandomStreams.streamSeed(seed, "goruntime.rand"));
    }

    /** One step of m: perform the operation its goroutine's last slice ended with, then run its next slice. */
    void step(M m) {
        m.step = null;
        if (rt.ended()) {
            return;
        }
        G g = m.curg;
        Yield y = m.pending;
        m.pending = null;
        int outcome = GoRuntime.CONTINUE;
        if (y != null) {
            outcome = handle(m, g, y);
        }
        if (outcome == GoRuntime.PARKED) {
            m.curg = null;
            rt.sched().schedule(m);
        } else if (outcome == GoRuntime.CONTINUE) {
            if (g.preempt) {
                rt.sched().gopreempt(m, g, false);
            } else {
                resumeNow(m, g);
            }
        }
    }

    /** Runs g's next slice now and schedules the step at which its end takes effect. */
    void resumeNow(M m, G g) {
        if (rt.interventions().resumeCut(m, g)) {
            return;
        }
        Object result = g.result;
        g.result = null;
        long now = rt.now();
        long budget = Math.max(1, Math.min(MAX_BUDGET, rt.sched().sysmon.next - now));
        clock.now = now;
        clock.goid = g.goid;
        Yield y = g.body.resume(result, budget, clock);
        m.pending = y;
        long due = now + Math.max(0, y.cpuNanos()) + operations.cost(y);
        m.step = stepAfter(m, due - now);
    }

    /**
     * Schedules m's step {@code delay} from now with normal priority, reusing m's step event when it is not
     * pending: the kernel orders a rescheduled event exactly as a newly scheduled one (a fresh sequence), so the run
     * is the same, without an allocation per slice.
     */
    EventHandle stepAfter(M m, long delay) {
        EventHandle h = m.stepEvent;
        if (h == null || h.isPending()) {
            h = rt.kernel().schedule(delay, () -> step(m));
            if (m.stepEvent == null) {
                m.stepEvent = h;
            }
            return h;
        }
        return rt.kernel().reschedule(h, delay);
    }

    /** Schedules m's schedule() {@code delay} from now, reusing m's event as {@link #stepAfter} does. */
    EventHandle scheduleAfter(M m, long delay) {
        EventHandle h = m.scheduleEvent;
        if (h == null || h.isPending()) {
            h = rt.kernel().schedule(delay, () -> rt.sched().schedule(m));
            if (m.scheduleEvent == null) {
                m.scheduleEvent = h;
            }
            return h;
        }
        return rt.kernel().reschedule(h, delay);
    }

    /** Performs what a slice ended with; returns GoRuntime.CONTINUE, PARKED or DONE. */
    private int handle(M m, G g, Yield y) {
        if (y instanceof Yield.Call call) {
            rt.curP = m.p;
            return operations.perform(m, g, call.op());
        }
        if (y instanceof Yield.Ran) {
            return GoRuntime.CONTINUE;
        }
        if (y instanceof Yield.Exited) {
            rt.goexit(m, g);
            return GoRuntime.DONE;
        }
        if (y instanceof Yield.Panicked p) {
            rt.end().panic(g, p.message());
            return GoRuntime.DONE;
        }
        if (y instanceof Yield.Exit x) {
            rt.end().finish(x.code() & 0xff, "exit"); // a Unix exit status is the code's low byte (os.Exit(-1) is 255)
            return GoRuntime.DONE;
        }
        throw new IllegalStateException("unknown yield " + y);
    }

    /** What the goroutines may read without stopping; one instance, valid during one resume. */
    private final class RuntimeClock implements GoBody.Clock {
        long now;
        long goid;

        @Override
        public long nowNanos() {
            return now;
        }

        @Override
        public int gomaxprocs() {
            return rt.gomaxprocs();
        }

        @Override
        public int numGoroutine() {
            return rt.numGoroutine();
        }

        @Override
        public long goid() {
            return goid;
        }

        @Override
        public long random() {
            return programRandom.nextLong() >>> 1;
        }
    }
}
