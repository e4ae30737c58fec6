package dev.podium.world.kube.flow.event;

/**
 * One client over the last {@code windowNanos}: {@code sent} requests left its token bucket, {@code served} got an
 * answer, {@code rejected} got 429, {@code failed} gave up after the last retry; {@code maxWaitNanos} is the longest
 * wait in the bucket; {@code waitingForToken}, {@code atServer} and {@code sleepingRetryAfter} are how many of its
 * {@code workers} are in each place now.
 */
public record ClientSampled(long timeNanos, String client, long windowNanos, int workers, long sent, long served,
        long rejected, long failed, long maxWaitNanos, int waitingForToken, int atServer, int sleepingRetryAfter)
        implements FlowEvent {
}
