package dev.podium.world.kube.event;

/**
 * A worker took the key from the queue (Get) and began to reconcile it.
 */
public record ReconcileStarted(long timeNanos, String controller, String key, int worker) implements KubeEvent {
}
