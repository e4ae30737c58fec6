package dev.podium.world.kube.flow.event;

/**
 * Replica {@code candidate} stopped. {@code reason} is {@code killed} (the killLeader action: the process is gone and
 * its Lease stays until it expires); the simulated API server never fails a renewal, so no leader stops for
 * renewDeadline. {@code wasLeader} is true if it held the Lease.
 */
public record LeaderStopped(long timeNanos, String lease, String candidate, String reason, boolean wasLeader)
        implements FlowEvent {
}
