package dev.podium.world.goruntime.rt;

import dev.podium.engine.EventHandle;
import dev.podium.world.goruntime.event.MState;

/** A simulated OS thread (runtime2.go's m). */
final class M {
    final int id;
    P p;
    /** The P it held when it entered a syscall. */
    P oldp;
    G curg;
    boolean spinning;
    MState state = MState.IDLE;
    /** How the running goroutine last stopped, handled at the step due. */
    Yield pending;
    EventHandle step;
    /**
     * Kernel events this M reuses ({@link dev.podium.engine.Kernel#reschedule}) so a slice allocates none: its
     * step ({@link GoRuntime#step}) and its schedule() ({@link Scheduler#schedule}). Null until first needed.
     */
    EventHandle stepEvent;
    EventHandle scheduleEvent;
    /** It waited 3 µs for a running victim's runnext; the next steal takes it. */
    boolean waitedForRunnext;

    M(int id) {
        this.id = id;
    }
}
