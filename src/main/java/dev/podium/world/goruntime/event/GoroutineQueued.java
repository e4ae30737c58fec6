package dev.podium.world.goruntime.event;

/**
 * A runnable goroutine was put on P {@code p}'s runnext slot or the tail of its local ring, or on the tail of the
 * global queue ({@code p} -1). It leaves the queue it was on before, if any.
 */
public record GoroutineQueued(long timeNanos, long g, int p, RunQueue queue) implements GoEvent {
}
