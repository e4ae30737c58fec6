package dev.podium.world.kube.flow.event;

/**
 * Replica {@code candidate} stopped: {@code reason} is {@code killed} (an action; the process is gone and its Lease
 * stays until it expires) or {@code renewDeadline} (the leader could not renew in time and stops leading).
 * {@code wasLeader} is 1 if it held the Lease.
 */
public record LeaderStopped(long timeNanos, String lease, String candidate, String reason, boolean wasLeader)
        implements FlowEvent {
}
