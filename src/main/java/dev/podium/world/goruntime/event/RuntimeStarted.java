package dev.podium.world.goruntime.event;

/** The program started with {@code gomaxprocs} Ps (numbered from 0); goroutine 1 is main. */
public record RuntimeStarted(long timeNanos, int gomaxprocs, String fileName) implements GoEvent {
}
