package dev.podium.world.kube.event;

/**
 * A taint ({@code key=value:Effect}) was added to the node, e.g. {@code node.kubernetes.io/unreachable=:NoExecute}.
 */
public record NodeTainted(long timeNanos, String node, String taint) implements KubeEvent {
}
