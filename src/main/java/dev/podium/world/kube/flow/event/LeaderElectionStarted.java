package dev.podium.world.kube.flow.event;

import java.util.List;

/**
 * The replicas {@code candidates} of a controller start client-go's leader election on the Lease {@code lease}
 * (coordination.k8s.io/v1) with the given leaseDuration, renewDeadline and retryPeriod.
 */
public record LeaderElectionStarted(long timeNanos, String lease, List<String> candidates, long leaseDurationNanos,
        long renewDeadlineNanos, long retryPeriodNanos) implements FlowEvent {
}
