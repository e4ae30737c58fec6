package dev.podium.world.kube.event;

/**
 * An Add of a key already waiting (dirty) was absorbed; if {@code processing}, the key is being reconciled and will
 * be queued once more when its worker calls Done.
 */
public record WorkqueueDeduplicated(long timeNanos, String controller, String key, boolean processing)
        implements KubeEvent {
}
