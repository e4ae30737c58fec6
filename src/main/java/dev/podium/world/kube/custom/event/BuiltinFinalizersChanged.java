package dev.podium.world.kube.custom.event;

import java.util.List;

/**
 * The garbage collector removed a finalizer from a Deployment or ReplicaSet being deleted; with none left
 * ({@code finalizers} empty) the API server removes the object next.
 */
public record BuiltinFinalizersChanged(long timeNanos, String kind, String object, List<String> finalizers)
        implements CustomEvent {
    public BuiltinFinalizersChanged {
        finalizers = List.copyOf(finalizers);
    }
}
