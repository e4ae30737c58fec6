package dev.podium.world.goruntime.rt;

import java.util.List;

/**
 * What one goroutine runs, as the runtime drives it: the interpreter's side of the contract (one instance per
 * goroutine, holding its frame stack).
 *
 * <p>Contract: the runtime calls {@link #resume} only while the goroutine is running on an M, never for two
 * goroutines at once, always from the kernel's single thread. {@code resume} executes instructions, counting the
 * simulated CPU time they cost, and returns as soon as one of these happens: the goroutine needs the runtime
 * ({@link Yield.Call}), it has used at least {@code budgetNanos} ({@link Yield.Ran}; it may overshoot by the cost
 * of one instruction, or stop early at a safe point), its function returned ({@link Yield.Exited}), it panicked
 * and no deferred call recovered ({@link Yield.Panicked}), or the program called {@code os.Exit} ({@link
 * Yield.Exit}). It never blocks, never sleeps and never calls back into the runtime; anything that touches
 * other goroutines goes through an {@link Op}.
 *
 * <p>{@code result} is the result of the {@link Op} of the previous {@link Yield.Call} ({@code null} on the first
 * resume, after {@link Yield.Ran}, and for operations without a result). When it is an {@link Op.Fault} the
 * operation failed with a Go run-time panic, which the goroutine raises at the operation, so deferred calls and
 * {@code recover} see it as Go's would.
 */
public interface GoBody {

    /**
     * Runs this goroutine until it needs the runtime, ends, or has used its budget.
     *
     * @param result the previous operation's result, see the class comment
     * @param budgetNanos simulated CPU nanoseconds it may use before returning {@link Yield.Ran}
     * @param clock the simulated time at which this slice starts, and facts the goroutine may read
     * @return how it stopped, with the CPU time used in this call
     */
    Yield resume(Object result, long budgetNanos, Clock clock);

    /** The source line the goroutine is at (1-based), for views; 0 before it starts. */
    int line();

    /**
     * The goroutine's stack, innermost call first, as a Go traceback names them: {@code main.worker(...)} and
     * {@code prog.go:12}. For views, inspectors and panic messages.
     */
    List<StackFrame> stack();

    /** The innermost function of {@link #stack()}, or null if it is empty; for "created by", without a list. */
    default String function() {
        List<StackFrame> s = stack();
        return s.isEmpty() ? null : s.get(0).function();
    }

    /**
     * One call on a goroutine's stack.
     *
     * @param function the function, as Go prints it ({@code main.main}, {@code main.worker}, {@code main.main.func1})
     * @param file the source file name
     * @param line the line the call is at
     */
    record StackFrame(String function, String file, int line) {
    }

    /**
     * What a goroutine may read from the runtime without stopping: simulated time and runtime facts, as of the
     * start of the slice. Implemented by the runtime.
     */
    interface Clock {
        /** Simulated nanoseconds since the program started, at the start of this slice. */
        long nowNanos();

        /** The current GOMAXPROCS. */
        int gomaxprocs();

        /** The number of goroutines that exist (runtime.NumGoroutine). */
        int numGoroutine();

        /** The goroutine's id (goid; main is 1). */
        long goid();

        /** A number from the program's seeded random stream (math/rand), in [0, 2^63). */
        long random();
    }
}
