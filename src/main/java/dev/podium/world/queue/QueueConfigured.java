package dev.podium.world.queue;

/**
 * The queue's set-up at the start of a run.
 *
 * @param capacity most customers that may wait (not counting those in service); 0 means unlimited
 */
public record QueueConfigured(long timeNanos, int servers, long meanInterarrivalNanos, long meanServiceNanos,
        Distribution arrivals, Distribution service, int capacity) implements QueueEvent {
}
