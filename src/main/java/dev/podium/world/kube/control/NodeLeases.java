package dev.podium.world.kube.control;

/**
 * When each node's kubelet last renewed its Lease (kube-node-lease). The node lifecycle controller reads it as
 * it would read Lease objects through an informer; the Lease objects themselves are not simulated, so 5,000
 * nodes renewing every 10 s cost no events.
 */
@FunctionalInterface
public interface NodeLeases {
    /** Simulated time of the last renewal, or -1 if the node has no kubelet. */
    long lastRenewNanos(String node);
}
