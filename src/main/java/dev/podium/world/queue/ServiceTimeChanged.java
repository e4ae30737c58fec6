package dev.podium.world.queue;

/** The mean service time changed; customers already in service keep their drawn time. */
public record ServiceTimeChanged(long timeNanos, long meanServiceNanos) implements QueueEvent {
}
