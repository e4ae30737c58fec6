package dev.podium.world.goruntime.event;

/** A goroutine wrote text to standard output (fd 1) or standard error (fd 2). */
public record OutputWritten(long timeNanos, long g, int fd, String text) implements GoEvent {
}
