package dev.podium.world.goruntime.event;

/** Goroutine {@code g} released the Mutex (or the RWMutex's write lock). */
public record MutexReleased(long timeNanos, long id, long g) implements GoEvent {
}
