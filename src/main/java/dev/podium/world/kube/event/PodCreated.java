package dev.podium.world.kube.event;

/**
 * A pod object was created in the API server. {@code pod} is namespace/name; {@code owner} is the owning
 * ReplicaSet's namespace/name or ""; {@code node} is "" until scheduled; requests are the sum the scheduler fits;
 * {@code image} is the first container's.
 */
public record PodCreated(long timeNanos, String pod, String owner, String node, long milliCpu, long memoryBytes,
        String image, int containers) implements KubeEvent {
}
