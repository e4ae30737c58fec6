package dev.podium.world.kube.custom.event;

/**
 * A custom object (or a Secret) was created; {@code summary} is its spec in one line, such as
 * {@code engine=postgres replicas=3} (a Secret's data keys with their sizes, never the values).
 */
public record CustomObjectCreated(long timeNanos, String kind, String object, String summary)
        implements CustomEvent {
}
