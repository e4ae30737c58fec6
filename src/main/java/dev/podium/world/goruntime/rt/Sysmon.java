package dev.podium.world.goruntime.rt;

import dev.podium.engine.EventHandle;
import dev.podium.world.goruntime.event.PState;

/**
 * proc.go's sysmon: a monitor with no P that wakes every 20 µs (backing off to 10 ms when idle for 50 ticks),
 * preempts a goroutine that has run one time slice for 10 ms, and retakes a P from a blocking syscall (reference
 * §2.2). It sleeps when every P is idle and is woken when an M starts. Its ticks run before other events due at the
 * same time ({@link #PRIORITY}). Single-threaded like the kernel.
 */
final class Sysmon {
    static final long MIN_DELAY = 20_000;
    static final long MAX_DELAY = 10_000_000;
    static final long FORCE_PREEMPT_NANOS = 10_000_000;
    static final long SYSCALL_YOUNG_NANOS = 10_000_000;
    static final int PRIORITY = -1;

    private final GoRuntime rt;
    private final Scheduler sched;
    private EventHandle event;
    /** When the next tick is due; Long.MAX_VALUE while asleep. A slice's budget ends there. */
    long next = Long.MAX_VALUE;
    private long delay = MIN_DELAY;
    private int idle;
    private boolean sleeping = true;

    Sysmon(GoRuntime rt, Scheduler sched) {
        this.rt = rt;
        this.sched = sched;
    }

    void wake() {
        if (sleeping && !rt.ended()) {
            sleeping = false;
            idle = 0;
            delay = MIN_DELAY;
            scheduleTick();
        }
    }

    private void scheduleTick() {
        next = rt.now() + delay;
        event = rt.kernel().scheduleAt(next, PRIORITY, this::tick);
    }

    private void tick() {
        event = null;
        if (rt.ended()) {
            return;
        }
        if (sched.npidle == sched.gomaxprocs) {
            sleeping = true;
            next = Long.MAX_VALUE;
            return;
        }
        int n = retake(rt.now());
        if (n != 0) {
            idle = 0;
        } else {
            idle++;
        }
        if (idle == 0) {
            delay = MIN_DELAY;
        } else if (idle > 50) {
            delay = Math.min(delay * 2, MAX_DELAY);
        }
        scheduleTick();
    }

    /** retake: preempts a P's goroutine after 10 ms of one time slice; takes a P from a syscall after a tick. */
    private int retake(long now) {
        int n = 0;
        for (int i = 0; i < sched.gomaxprocs; i++) {
            P p = sched.allp.get(i);
            boolean sysretake = false;
            if (p.status == PState.RUNNING || p.status == PState.SYSCALL) {
                if (p.seenSchedtick != p.schedtick) {
                    p.seenSchedtick = p.schedtick;
                    p.seenSchedwhen = now;
                } else if (p.seenSchedwhen + FORCE_PREEMPT_NANOS <= now) {
                    if (p.m != null && p.m.curg != null) {
                        p.m.curg.preempt = true;
                    }
                    sysretake = true;
                }
            }
            if (p.status == PState.SYSCALL) {
                if (!sysretake && p.seenSyscalltick != p.syscalltick) {
                    p.seenSyscalltick = p.syscalltick;
                    p.seenSyscallwhen = now;
                    continue;
                }
                if (p.runqempty() && sched.nmspinning + sched.npidle > 0
                        && p.seenSyscallwhen + SYSCALL_YOUNG_NANOS > now) {
                    continue;
                }
                M from = syscallM(p);
                p.status = PState.IDLE;
                p.syscalltick++;
                n++;
                sched.handoffp(p, from);
            }
        }
        return n;
    }

    private M syscallM(P p) {
        for (M m : sched.allm) {
            if (m.oldp == p) {
                return m;
            }
        }
        throw new IllegalStateException("P" + p.id + " in a syscall without an M");
    }

    void stop() {
        if (event != null) {
            rt.kernel().cancel(event);
            event = null;
        }
    }
}
