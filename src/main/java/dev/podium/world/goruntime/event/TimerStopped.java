package dev.podium.world.goruntime.event;

/** A timer was stopped or reset before firing. */
public record TimerStopped(long timeNanos, long timer) implements GoEvent {
}
