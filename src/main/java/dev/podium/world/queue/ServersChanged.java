package dev.podium.world.queue;

/** The number of servers changed. A removed server finishes its current customer first. */
public record ServersChanged(long timeNanos, int servers) implements QueueEvent {
}
