package dev.podium.world.kube.custom.event;

/**
 * The garbage collector deleted a dependent of {@code owner} ({@code propagation} Background: the owner is gone;
 * Foreground: the owner waits for it).
 */
public record GarbageCollectorDeleted(long timeNanos, String kind, String object, String owner, String propagation)
        implements CustomEvent {
}
