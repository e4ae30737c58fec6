package dev.podium.world.goruntime.event;

/** A timer fired. */
public record TimerFired(long timeNanos, long timer) implements GoEvent {
}
