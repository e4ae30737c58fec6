package dev.podium.world.kube.event;

/**
 * A controller asked to see the key again after {@code delayNanos} (AddAfter, e.g. the HPA's 15 s sync).
 */
public record WorkqueueDelayed(long timeNanos, String controller, String key, long delayNanos) implements KubeEvent {
}
