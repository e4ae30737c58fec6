package dev.podium.world.goruntime.event;

/**
 * P {@code p} took {@code count} goroutines from the head of the global queue into its local ring (globrunqget); the
 * one it runs then leaves it.
 */
public record GlobalQueueTaken(long timeNanos, int p, int count) implements GoEvent {
}
