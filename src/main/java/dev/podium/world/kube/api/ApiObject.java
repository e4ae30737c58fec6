package dev.podium.world.kube.api;

/**
 * An object stored by the {@link ApiServer}: immutable; a change is a new instance with a new resourceVersion.
 */
public interface ApiObject {
    /** "namespace/name", or "name" for cluster-scoped objects. */
    String key();

    /** The global counter value at the object's last write. */
    long resourceVersion();

    /** The same object with another resourceVersion (only the API server calls this). */
    ApiObject withResourceVersion(long rv);

    /** Its kind. */
    Kind kind();
}
