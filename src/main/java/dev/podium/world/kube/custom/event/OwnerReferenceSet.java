package dev.podium.world.kube.custom.event;

/**
 * An object got a controller owner reference ({@code metadata.ownerReferences} with controller: true) to
 * {@code owner} of {@code ownerKind}; {@code blockOwnerDeletion} makes a foreground delete of the owner wait for it.
 */
public record OwnerReferenceSet(long timeNanos, String kind, String object, String ownerKind, String owner,
        boolean blockOwnerDeletion) implements CustomEvent {
}
