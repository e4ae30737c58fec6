package dev.podium.world.kube.api;

/**
 * A controller owner reference: the owner's kind, {@link Kind} store and key. {@code blockOwnerDeletion} makes a
 * foreground delete of the owner wait until this dependent is gone.
 */
public record OwnerReference(String ownerKind, Kind ownerStore, String ownerKey, boolean blockOwnerDeletion) {
}
