package dev.podium.world.queue;

/** A customer finished service and left; {@code sojournNanos} is its wait plus its service. */
public record ServiceCompleted(long timeNanos, long customer, int server, long sojournNanos) implements QueueEvent {
}
