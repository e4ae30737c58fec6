package dev.podium.world.goruntime.event;

/**
 * A goroutine was created by {@code parent} (0: by the runtime, e.g. a timer's AfterFunc) at source {@code line}, to
 * run {@code function} (as Go names it, e.g. {@code main.worker}).
 */
public record GoroutineCreated(long timeNanos, long g, long parent, String function, int line) implements GoEvent {
}
