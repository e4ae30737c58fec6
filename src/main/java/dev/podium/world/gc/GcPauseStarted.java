package dev.podium.world.gc;

/**
 * A stop-the-world pause began: every request thread stops where it is, and arriving requests queue.
 *
 * @param heapBeforeBytes bytes in use (eden, survivor, old and humongous regions) when it began
 * @param requestsInFlight requests a thread was serving, now frozen
 * @param requestsWaiting requests queued for a thread
 */
public record GcPauseStarted(long timeNanos, int gcId, PauseKind kind, GcCause cause, long heapBeforeBytes,
        int requestsInFlight, int requestsWaiting) implements GcEvent {
}
