package dev.podium.world.kube.event;

/**
 * The pod template's image changed, which starts a rollout.
 */
public record DeploymentImageChanged(long timeNanos, String deployment, String container, String image)
        implements KubeEvent {
}
