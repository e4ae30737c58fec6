package dev.podium.world.gc;

/**
 * A concurrent collection phase as the projection knows it: G1's concurrent marking, a ZGC cycle, a Go GC cycle's
 * marking. Times in simulated nanoseconds; sizes in bytes.
 *
 * @param endNanos when it ended, or -1 while it runs
 * @param goalBytes the heap goal it paces to (Go), or -1
 * @param assistPerMille CPU the allocating goroutines gave to marking (Go's mark assists), per mille of all CPU, on
 *     top of the dedicated workers; 0 where there are none
 * @param liveBytes the live heap marking found (ZGC, Go), once it ended; -1 before or where unknown
 */
public record MarkPhase(long startNanos, long endNanos, long goalBytes, int assistPerMille, long liveBytes) {

    MarkPhase ended(long atNanos, long live) {
        return new MarkPhase(startNanos, atNanos, goalBytes, assistPerMille, live);
    }

    /** Whether it still runs. */
    public boolean running() {
        return endNanos < 0;
    }

    /** When it ended, or, while it runs, {@code nowNanos}. */
    public long endNanos(long nowNanos) {
        return running() ? Math.max(startNanos, nowNanos) : endNanos;
    }
}
