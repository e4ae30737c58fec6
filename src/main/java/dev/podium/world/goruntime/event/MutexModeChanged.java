package dev.podium.world.goruntime.event;

/** A Mutex entered (or left) starvation mode. */
public record MutexModeChanged(long timeNanos, long id, boolean starving) implements GoEvent {
}
