package dev.podium.world.gc;

/**
 * The simulated process ended (killed from outside, e.g. by the kubelet after failed liveness probes): its heap is
 * gone, any pause or concurrent cycle in progress with it, and the requests on its threads and in its queue are lost.
 * Until a {@link ProcessStarted}, arriving requests are refused.
 *
 * @param exitCode the exit code recorded for it (137 for SIGKILL)
 * @param heapUsedBytes the heap in use when it ended
 * @param requestsLost requests in flight or waiting for a thread
 */
public record ProcessEnded(long timeNanos, int exitCode, long heapUsedBytes, int requestsLost) implements GcEvent {
}
