package dev.podium.world.kube.event;

/**
 * The Node object was removed from the API server ({@code kubectl delete node}, or a cloud provider removing the
 * machine). Pods still bound to it are not removed by this event: the pod garbage collector deletes them, each
 * with its own {@link PodDeleted}.
 */
public record NodeDeleted(long timeNanos, String node) implements KubeEvent {
}
