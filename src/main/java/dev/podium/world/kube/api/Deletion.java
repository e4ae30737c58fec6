package dev.podium.world.kube.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The deletion metadata of a built-in owner ({@link Deployment}, {@link ReplicaSet}): metadata.deletionTimestamp,
 * the propagation policy of the delete that set it, and metadata.finalizers. A built-in object carries no finalizer
 * until a delete with propagationPolicy Foreground or Orphan adds {@code foregroundDeletion} or {@code orphan}; the
 * API server removes it once the garbage collector has removed that finalizer. Immutable.
 *
 * @param atNanos deletionTimestamp, -1 while the object is not being deleted
 */
public record Deletion(long atNanos, String propagation, List<String> finalizers) {
    /** Not being deleted, no finalizers. */
    public static final Deletion NONE = new Deletion(-1, "", List.of());

    public Deletion {
        finalizers = List.copyOf(finalizers);
    }

    /** A delete at {@code nowNanos} with {@code propagation} Foreground or Orphan: its finalizer holds the object. */
    static Deletion requested(long nowNanos, String propagation) {
        String finalizer = propagation.equals("Orphan") ? CustomObject.ORPHAN : CustomObject.FOREGROUND;
        return new Deletion(nowNanos, propagation, List.of(finalizer));
    }

    /** True once a deletionTimestamp is set. */
    public boolean marked() {
        return atNanos >= 0;
    }

    /** True if the object is being deleted and {@code finalizer} still holds it. */
    public boolean holds(String finalizer) {
        return marked() && finalizers.contains(finalizer);
    }

    /** The same deletion without {@code finalizer} ({@code this} if it has none). */
    Deletion without(String finalizer) {
        if (!finalizers.contains(finalizer)) {
            return this;
        }
        List<String> next = new ArrayList<>(finalizers);
        next.remove(finalizer);
        return new Deletion(atNanos, propagation, next);
    }
}
