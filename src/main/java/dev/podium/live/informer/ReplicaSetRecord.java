package dev.podium.live.informer;

/**
 * What we keep of a live ReplicaSet: its owning Deployment (namespace/name or ""), revision, pod-template-hash,
 * desired replicas, first image, and status counts. Immutable.
 */
record ReplicaSetRecord(String key, String deployment, int revision, String templateHash, int replicas,
        String image, int statusReplicas, int ready, int available) implements LiveRecord {

    boolean statusDiffers(ReplicaSetRecord o) {
        return statusReplicas != o.statusReplicas || ready != o.ready || available != o.available;
    }
}
