package dev.podium.world.kube.informer;

import dev.podium.world.kube.api.ApiObject;

/**
 * One change queued in a {@link DeltaFifo}: type Added, Updated, Deleted, Replaced (from a relist) or Sync
 * (from a resync). {@code tombstone} marks a DeletedFinalStateUnknown (the object vanished while the watch was
 * down; {@code object} is the last state the cache knew).
 */
public record Delta(String type, ApiObject object, boolean tombstone) {
    public static final String ADDED = "Added";
    public static final String UPDATED = "Updated";
    public static final String DELETED = "Deleted";
    public static final String REPLACED = "Replaced";
    public static final String SYNC = "Sync";
}
