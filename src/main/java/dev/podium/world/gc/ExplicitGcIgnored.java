package dev.podium.world.gc;

/** The application called {@code System.gc()}, and {@code -XX:+DisableExplicitGC} made it do nothing. */
public record ExplicitGcIgnored(long timeNanos) implements GcEvent {
}
