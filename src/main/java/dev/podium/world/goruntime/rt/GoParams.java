package dev.podium.world.goruntime.rt;

/**
 * The runtime's parameters: GOMAXPROCS, the seed of its random streams, and what each runtime operation costs in
 * simulated nanoseconds (on top of the interpreter's own CPU time). Defaults are plausible figures for a modern
 * x86 machine (see docs/goruntime-fidelity.md).
 *
 * @param gomaxprocs the number of Ps, 1 to {@link #MAX_PROCS}
 * @param seed the seed of select's poll order, work stealing's order and math/rand
 * @param goNanos {@code go f()} (newproc)
 * @param chanNanos one channel operation (send, receive, close, make; a select costs this per case)
 * @param syncNanos one Mutex/RWMutex/WaitGroup/Cond/context operation
 * @param timerNanos creating, stopping or resetting a timer, and a sleep's setup
 * @param writeNanos one write to stdout or stderr
 * @param schedNanos a context switch: schedule() and execute() before a goroutine runs
 * @param wakeNanos waking a parked M (or starting a new one) until it runs schedule()
 */
public record GoParams(int gomaxprocs, long seed, long goNanos, long chanNanos, long syncNanos, long timerNanos,
        long writeNanos, long schedNanos, long wakeNanos) {

    /** The largest GOMAXPROCS accepted. */
    public static final int MAX_PROCS = 256;

    public GoParams {
        if (gomaxprocs < 1 || gomaxprocs > MAX_PROCS) {
            throw new IllegalArgumentException("GOMAXPROCS must be within 1 and " + MAX_PROCS + ": " + gomaxprocs);
        }
        if (goNanos < 0 || chanNanos < 0 || syncNanos < 0 || timerNanos < 0 || writeNanos < 0 || schedNanos < 0
                || wakeNanos < 0) {
            throw new IllegalArgumentException("operation costs must not be negative");
        }
    }

    /** The defaults with {@code gomaxprocs} Ps and {@code seed}. */
    public static GoParams defaults(int gomaxprocs, long seed) {
        return new GoParams(gomaxprocs, seed, 300, 50, 20, 50, 1_000, 150, 5_000);
    }

    /** The same parameters with another GOMAXPROCS. */
    public GoParams withGomaxprocs(int n) {
        return new GoParams(n, seed, goNanos, chanNanos, syncNanos, timerNanos, writeNanos, schedNanos, wakeNanos);
    }
}
