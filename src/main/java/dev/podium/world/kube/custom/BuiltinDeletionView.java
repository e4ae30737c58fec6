package dev.podium.world.kube.custom;

import java.util.List;

/**
 * A Deployment or ReplicaSet being deleted as the views show it: the delete's propagation policy (Foreground or
 * Orphan) and the finalizers still holding it. Immutable.
 */
public record BuiltinDeletionView(String propagation, List<String> finalizers) {
    public BuiltinDeletionView {
        finalizers = List.copyOf(finalizers);
    }
}
