package dev.podium.world.kube.custom.event;

/** The garbage collector removed an object's owner reference to {@code owner}: it was orphaned. */
public record OwnerReferenceRemoved(long timeNanos, String kind, String object, String owner)
        implements CustomEvent {
}
