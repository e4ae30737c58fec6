package dev.podium.live.informer;

/**
 * What we keep of a live Deployment: spec (replicas, strategy, first container and its image) and the status
 * counts kubectl shows. Immutable.
 */
record DeploymentRecord(String key, int replicas, String strategy, String maxSurge, String maxUnavailable,
        String container, String image, int statusReplicas, int updated, int ready, int available)
        implements LiveRecord {

    boolean statusDiffers(DeploymentRecord o) {
        return statusReplicas != o.statusReplicas || updated != o.updated || ready != o.ready
                || available != o.available;
    }
}
