package dev.podium.world.goruntime.rt;

/**
 * How a goroutine's {@link GoBody#resume} stopped. Every variant says how much simulated CPU time the goroutine
 * used in that call ({@code cpuNanos} ≥ 0); the runtime advances the M's clock by it before acting.
 */
public sealed interface Yield {

    /** CPU nanoseconds used in this call. */
    long cpuNanos();

    /** The budget is used up at a safe point; the goroutine can be resumed (or preempted) with no result. */
    record Ran(long cpuNanos) implements Yield {
    }

    /** The goroutine needs the runtime: perform {@code op} at the end of {@code cpuNanos}. */
    record Call(long cpuNanos, Op op) implements Yield {
    }

    /** The goroutine's function returned (for main: the program ends with status 0). */
    record Exited(long cpuNanos) implements Yield {
    }

    /**
     * A panic no deferred call recovered: the program dies, printing {@code panic: <message>} (with
     * {@code [recovered]} chains already in {@code message}) and the goroutine's traceback, status 2.
     *
     * @param message the text after {@code panic: }, as Go prints the value (e.g. {@code boom}, or
     *     {@code runtime error: index out of range [3] with length 3}, or for an error value its Error())
     * @param goexit unused by now; false
     */
    record Panicked(long cpuNanos, String message, boolean goexit) implements Yield {
    }

    /** {@code os.Exit(code)}: the program ends now with this status; deferred calls do not run. */
    record Exit(long cpuNanos, int code) implements Yield {
    }
}
