package dev.podium.world.kube.event;

/**
 * spec.unschedulable changed: true after cordon (kubectl shows SchedulingDisabled), false after uncordon.
 */
public record NodeCordoned(long timeNanos, String node, boolean unschedulable) implements KubeEvent {
}
