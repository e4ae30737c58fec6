package dev.podium.world.goruntime.event;

/** What a thread (M) is doing. */
public enum MState {
    /** Running a goroutine on a P. */
    RUNNING,
    /** Holding a P and looking for work (spinning). */
    SPINNING,
    /** In a system call with its goroutine (it may have lost its P). */
    SYSCALL,
    /** Parked (stopm): no P, no goroutine. */
    IDLE
}
