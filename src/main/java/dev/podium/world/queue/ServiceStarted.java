package dev.podium.world.queue;

/** A server took the customer at the head of the queue after it waited {@code waitNanos}. */
public record ServiceStarted(long timeNanos, long customer, int server, long waitNanos, long serviceNanos)
        implements QueueEvent {
}
