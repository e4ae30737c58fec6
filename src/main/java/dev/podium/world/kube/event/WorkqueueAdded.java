package dev.podium.world.kube.event;

/**
 * A key entered the controller's workqueue. {@code cause}: event (an informer handler), afterDone (it was added
 * while being processed), delayed (AddAfter or back-off expired). {@code depth} is the queue length after.
 */
public record WorkqueueAdded(long timeNanos, String controller, String key, String cause, int depth)
        implements KubeEvent {
}
