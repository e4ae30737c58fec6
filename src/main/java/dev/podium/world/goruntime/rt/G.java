package dev.podium.world.goruntime.rt;

import dev.podium.world.goruntime.event.GStatus;

/**
 * A goroutine (runtime2.go's g), kept lean: a million parked ones must fit. The interpreter's frames live in
 * {@link #body}; everything else here is the runtime's bookkeeping.
 */
final class G {
    final long goid;
    final long parent;
    final int createdLine;
    /** The creating goroutine's function, for "created by" in tracebacks. */
    final String creatorFunction;
    GoBody body;
    GStatus status = GStatus.RUNNABLE;
    /** Go's wait reason while WAITING. */
    String waitReason = "";
    /** When it started waiting (a mutex waiter's waitStartTime; a traceback's minutes). */
    long waitSince;
    /** The result passed to the next resume. */
    Object result;
    /** An operation to perform (again) before resuming: a lock to retry after a wake-up, Cond.Wait's re-lock. */
    Op retry;
    /** Phase of a multi-step operation (RWMutex.Lock: 0 take w, 1 wait for readers; Cond.Wait: 1 re-lock). */
    byte phase;
    /** A Mutex handed it the lock directly (starvation mode) or it was woken to compete for one. */
    boolean handoff;
    boolean woken;
    /** sysmon asked it to stop at its next safe point. */
    boolean preempt;
    /** The global run queue's link. */
    G schedlink;
    /** Its sudogs while it waits in a select (chained by {@link Sudog#waitlink}). */
    Sudog waiting;

    G(long goid, long parent, int createdLine, String creatorFunction, GoBody body) {
        this.goid = goid;
        this.parent = parent;
        this.createdLine = createdLine;
        this.creatorFunction = creatorFunction;
        this.body = body;
    }
}
