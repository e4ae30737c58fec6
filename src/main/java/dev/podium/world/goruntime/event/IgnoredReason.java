package dev.podium.world.goruntime.event;

/** Why an action from outside the program was ignored ({@link GoActionIgnored}). */
public enum IgnoredReason {
    /** The program had already ended. */
    PROGRAM_ENDED,
    /** No goroutine was ever created with that number. */
    NO_SUCH_GOROUTINE,
    /** The goroutine has returned. */
    FINISHED,
    /** The goroutine is not running on an M (runnable or waiting): only a running goroutine makes a system call. */
    NOT_RUNNING,
    /** The goroutine is already in a system call. */
    ALREADY_IN_SYSCALL,
    /** unblockSyscall of a goroutine that is not in a system call. */
    NOT_IN_SYSCALL,
    /** addGoroutine of a function the program does not have, or arguments that do not fit it. */
    NO_SUCH_FUNCTION
}
