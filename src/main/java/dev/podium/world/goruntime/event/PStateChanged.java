package dev.podium.world.goruntime.event;

/** A P changed state; {@code m} is the M holding it (-1 for none). */
public record PStateChanged(long timeNanos, int p, PState state, int m) implements GoEvent {
}
