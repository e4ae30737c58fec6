package dev.podium.world.goruntime.event;

/** An RWMutex's read side: the readers inside and whether a writer waits or holds it. */
public record RWMutexReaders(long timeNanos, long id, int readers, boolean writerPending) implements GoEvent {
}
