package dev.podium.world.goruntime.event;

/** Goroutine {@code g} closed the channel. */
public record ChanClosed(long timeNanos, long ch, long g, int line) implements GoEvent {
}
