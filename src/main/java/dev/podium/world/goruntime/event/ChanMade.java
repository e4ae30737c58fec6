package dev.podium.world.goruntime.event;

/** A channel was made by goroutine {@code g} ({@code make(chan elemType, capacity)}); ids count from 1. */
public record ChanMade(long timeNanos, long ch, String elemType, int capacity, long g, int line) implements GoEvent {
}
