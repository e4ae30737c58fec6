package dev.podium.world.gc;

/**
 * One stop-the-world pause as the projection knows it: begun, and ended unless {@link #running()}.
 *
 * @param durationNanos how long it lasted; 0 while it runs
 * @param heapAfterBytes bytes in use after it; the bytes before while it runs
 * @param requestsInFlight requests frozen by it
 * @param requestsWaiting requests queued when it began
 */
public record GcPause(int gcId, PauseKind kind, GcCause cause, long startNanos, long durationNanos,
        long heapBeforeBytes, long heapAfterBytes, long copiedBytes, long promotedBytes, boolean toSpaceExhausted,
        int requestsInFlight, int requestsWaiting, boolean running) {

    /** When it ended, or, while it runs, {@code nowNanos}. */
    public long endNanos(long nowNanos) {
        return running ? Math.max(startNanos, nowNanos) : startNanos + durationNanos;
    }
}
