package dev.podium.world.kube.flow.event;

/**
 * API Priority and Fairness rejected a request of {@code client} with HTTP 429 Too Many Requests because every queue
 * its flow may use in priority level {@code level} was full; the response says {@code Retry-After:
 * retryAfterSeconds}. {@code attempt} is 0 for a first try; the client sleeps and retries up to 10 times.
 */
public record RequestRejected(long timeNanos, String client, String level, long retryAfterSeconds, int attempt)
        implements FlowEvent {
}
