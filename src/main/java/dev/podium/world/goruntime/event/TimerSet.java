package dev.podium.world.goruntime.event;

/**
 * A timer (time.Sleep's, NewTimer's, a ticker's, AfterFunc's or a context deadline's) was put on P {@code p}'s heap to
 * fire at {@code whenNanos}, for goroutine {@code g} (0: none).
 */
public record TimerSet(long timeNanos, long timer, int p, long whenNanos, long periodNanos, long g) implements GoEvent {
}
