package dev.podium.world.goruntime.event;

/**
 * A thread (M, numbered from 0) changed state; {@code p} is the P it holds (-1 for none), {@code g} the goroutine it
 * runs or holds in a syscall (0 for none). The first event of an M is its start.
 */
public record MStateChanged(long timeNanos, int m, MState state, int p, long g) implements GoEvent {
}
