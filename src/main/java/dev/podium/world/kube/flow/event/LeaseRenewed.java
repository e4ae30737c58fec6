package dev.podium.world.kube.flow.event;

/** The leader {@code holder} updated the Lease's renewTime to now (every retryPeriod). */
public record LeaseRenewed(long timeNanos, String lease, String holder) implements FlowEvent {
}
