package dev.podium.world.goruntime.event;

/** A WaitGroup's counter after Add/Done. */
public record WaitGroupChanged(long timeNanos, long id, int counter) implements GoEvent {
}
