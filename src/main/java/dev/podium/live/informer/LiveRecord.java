package dev.podium.live.informer;

/**
 * A compact record of one watched object. Its key (namespace/name, or the name of a cluster-scoped object, as
 * {@link Compact#key} gives it) is also the tracker's map key, so each object's key string is held once.
 */
interface LiveRecord {
    /** namespace/name, or the name alone for cluster-scoped objects. */
    String key();
}
