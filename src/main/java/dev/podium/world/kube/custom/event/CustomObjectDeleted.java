package dev.podium.world.kube.custom.event;

/** A custom object (or Secret) was removed from the API server. */
public record CustomObjectDeleted(long timeNanos, String kind, String object) implements CustomEvent {
}
