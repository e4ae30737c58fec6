package dev.podium.world.kube.custom.event;

import java.util.List;

/**
 * A delete of a custom object was accepted but the object stays: its deletionTimestamp is set and it waits for
 * {@code finalizers} to be removed. {@code propagation} is Background, Foreground or Orphan.
 */
public record CustomObjectDeletionRequested(long timeNanos, String kind, String object, String propagation,
        List<String> finalizers) implements CustomEvent {
    public CustomObjectDeletionRequested {
        finalizers = List.copyOf(finalizers);
    }
}
