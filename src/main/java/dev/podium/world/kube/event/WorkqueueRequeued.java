package dev.podium.world.kube.event;

/**
 * A failed reconcile put the key back with AddRateLimited: it returns after {@code delayNanos}
 * (max of 5 ms x 2^failures and the 10 qps / burst 100 bucket).
 */
public record WorkqueueRequeued(long timeNanos, String controller, String key, long delayNanos, int failures)
        implements KubeEvent {
}
