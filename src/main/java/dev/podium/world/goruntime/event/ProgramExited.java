package dev.podium.world.goruntime.event;

/** The program ended with this exit status; {@code reason} is exit, panic, fatal or deadlock. */
public record ProgramExited(long timeNanos, int status, String reason) implements GoEvent {
}
