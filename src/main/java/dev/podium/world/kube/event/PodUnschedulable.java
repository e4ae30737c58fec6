package dev.podium.world.kube.event;

/**
 * A scheduling attempt found no node; {@code message} is kubectl's FailedScheduling text, e.g.
 * {@code 0/3 nodes are available: 2 Insufficient cpu, 1 node(s) were unschedulable.}
 */
public record PodUnschedulable(long timeNanos, String pod, String message) implements KubeEvent {
}
