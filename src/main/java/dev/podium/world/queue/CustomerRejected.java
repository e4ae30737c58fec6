package dev.podium.world.queue;

/** A customer found the waiting room full (the queue's capacity) and left unserved. */
public record CustomerRejected(long timeNanos, long customer) implements QueueEvent {
}
