package dev.podium.world.kube.custom.event;

import java.util.List;

/**
 * A delete of a Deployment or ReplicaSet ({@code kind}) with propagationPolicy Foreground or Orphan was accepted but
 * the object stays: its deletionTimestamp is set and {@code finalizers} ({@code foregroundDeletion} or
 * {@code orphan}) hold it until the garbage collector has deleted or orphaned its dependents.
 */
public record BuiltinDeletionRequested(long timeNanos, String kind, String object, String propagation,
        List<String> finalizers) implements CustomEvent {
    public BuiltinDeletionRequested {
        finalizers = List.copyOf(finalizers);
    }
}
