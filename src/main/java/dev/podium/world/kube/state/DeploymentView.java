package dev.podium.world.kube.state;

/** A Deployment as kubectl get deploy shows it (READY = ready/replicas, UP-TO-DATE, AVAILABLE), plus strategy. */
public record DeploymentView(String key, int replicas, int statusReplicas, int updated, int ready, int available,
        String strategy, String maxSurge, String maxUnavailable, String image) {
}
