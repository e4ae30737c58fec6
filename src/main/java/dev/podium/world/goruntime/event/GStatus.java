package dev.podium.world.goruntime.event;

/** A goroutine's state, as runtime2.go names them ({@code _Grunnable}, {@code _Grunning}, ...). */
public enum GStatus {
    /** {@code _Grunnable}: on a run queue, not running. */
    RUNNABLE,
    /** {@code _Grunning}: running on an M that holds a P. */
    RUNNING,
    /** {@code _Gsyscall}: in a system call, on an M. */
    SYSCALL,
    /** {@code _Gwaiting}: parked, with a wait reason. */
    WAITING,
    /** {@code _Gdead}: its function returned. */
    DEAD;

    /** How a goroutine traceback prints it in brackets ({@code runnable}, {@code running}, {@code syscall}). */
    public String goName() {
        return switch (this) {
            case RUNNABLE -> "runnable";
            case RUNNING -> "running";
            case SYSCALL -> "syscall";
            case WAITING -> "waiting";
            case DEAD -> "dead";
        };
    }
}
