package dev.podium.world.kube.event;

/**
 * A reflector's LIST returned {@code items} objects at {@code resourceVersion}; the WATCH starts from there.
 */
public record InformerListed(long timeNanos, String informer, String kind, int items, long resourceVersion)
        implements KubeEvent {
}
