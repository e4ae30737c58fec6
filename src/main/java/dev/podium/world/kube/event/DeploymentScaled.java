package dev.podium.world.kube.event;

/**
 * The Deployment's spec.replicas changed; {@code by} is user or the HPA's namespace/name.
 */
public record DeploymentScaled(long timeNanos, String deployment, int fromReplicas, int toReplicas, String by)
        implements KubeEvent {
}
