package dev.podium.world.kube.event;

/**
 * A Deployment was created; {@code maxSurge}/{@code maxUnavailable} as written ("25%" or "1").
 */
public record DeploymentCreated(long timeNanos, String deployment, int replicas, String strategy, String maxSurge,
        String maxUnavailable, String image) implements KubeEvent {
}
