package dev.podium.world.kube.flow.event;

/**
 * One API Priority and Fairness priority level now: {@code seatsInUse} of {@code seats}, {@code queued} requests
 * waiting in {@code queuesInUse} queues, {@code rejected} 429s over the last {@code windowNanos}, and the
 * Retry-After it answers with now.
 */
public record PriorityLevelSampled(long timeNanos, String level, long windowNanos, int seats, int seatsInUse,
        int queued, int queuesInUse, long rejected, long retryAfterSeconds) implements FlowEvent {
}
