package dev.podium.world.kube.flow.event;

/** The leader {@code holder} ran one reconcile (only the leader's controllers run); {@code count} since it led. */
public record LeaderReconciled(long timeNanos, String lease, String holder, long count) implements FlowEvent {
}
