package dev.podium.world.kube.api;

/**
 * A built-in object that a delete with propagationPolicy Foreground or Orphan can hold with a finalizer (see
 * {@link ApiServer#deleteWithPropagation}): a Deployment or a ReplicaSet.
 */
public interface Deletable extends ApiObject {
    /** Its deletion metadata ({@link Deletion#NONE} while it is not being deleted). */
    Deletion deletion();

    /** The same object with {@code value} as its deletion metadata. */
    Deletable withDeletion(Deletion value);

    /** Its kind as kubectl prints it: Deployment or ReplicaSet. */
    String kindName();
}
