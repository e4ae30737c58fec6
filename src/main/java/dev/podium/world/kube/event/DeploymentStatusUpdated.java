package dev.podium.world.kube.event;

/**
 * The Deployment controller wrote new status counts (the READY, UP-TO-DATE, AVAILABLE columns).
 */
public record DeploymentStatusUpdated(long timeNanos, String deployment, int replicas, int updatedReplicas,
        int readyReplicas, int availableReplicas) implements KubeEvent {
}
