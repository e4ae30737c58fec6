package dev.podium.world.kube.event;

/**
 * The node's Ready condition changed: {@code status} is True, False or Unknown (kubectl shows Ready or NotReady);
 * {@code reason} is e.g. KubeletReady or NodeStatusUnknown.
 */
public record NodeConditionChanged(long timeNanos, String node, String status, String reason) implements KubeEvent {
}
