package dev.podium.world.goruntime.event;

/**
 * P {@code p}'s local ring was full: its {@code count} oldest goroutines (from the head) moved to the tail of the
 * global queue (runqputslow).
 */
public record RunQueueOverflowed(long timeNanos, int p, int count) implements GoEvent {
}
