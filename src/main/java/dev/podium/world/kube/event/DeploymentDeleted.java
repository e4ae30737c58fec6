package dev.podium.world.kube.event;

/**
 * The Deployment object was removed from the API server. Its ReplicaSets and pods go by their own
 * {@link ReplicaSetDeleted} and {@link PodDeleted} events (the garbage collector's cascade), or stay as orphans.
 */
public record DeploymentDeleted(long timeNanos, String deployment) implements KubeEvent {
}
