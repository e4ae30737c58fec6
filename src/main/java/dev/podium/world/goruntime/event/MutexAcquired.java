package dev.podium.world.goruntime.event;

/** Goroutine {@code g} holds the Mutex (or the RWMutex for writing). */
public record MutexAcquired(long timeNanos, long id, long g) implements GoEvent {
}
