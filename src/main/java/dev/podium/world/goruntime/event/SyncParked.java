package dev.podium.world.goruntime.event;

/**
 * A goroutine parked on a sync object's wait queue ({@code front}: re-queued at the head after losing the race for a
 * Mutex).
 */
public record SyncParked(long timeNanos, long id, long g, boolean front) implements GoEvent {
}
