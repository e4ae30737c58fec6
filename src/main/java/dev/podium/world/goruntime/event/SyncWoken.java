package dev.podium.world.goruntime.event;

/** A goroutine left a sync object's wait queue (readied). */
public record SyncWoken(long timeNanos, long id, long g) implements GoEvent {
}
