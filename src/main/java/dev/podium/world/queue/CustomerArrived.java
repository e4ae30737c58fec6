package dev.podium.world.queue;

/** A customer joined the queue; {@code waiting} counts the customers waiting after it joined. */
public record CustomerArrived(long timeNanos, long customer, int waiting) implements QueueEvent {
}
