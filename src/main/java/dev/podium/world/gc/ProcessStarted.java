package dev.podium.world.gc;

/**
 * A new process of the service finished starting and serves again, on an empty heap with the flags it was started
 * with (and the settings changed since, as a redeployment would carry them).
 *
 * @param restarts how many times the process has been started again in this run
 * @param startupNanos how long it took to start, from the launch to serving
 * @param requestsRefused requests refused since the last process ended
 */
public record ProcessStarted(long timeNanos, int restarts, long startupNanos, int requestsRefused)
        implements GcEvent {
}
