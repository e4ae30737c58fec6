package dev.podium.world.kube.flow.event;

/**
 * {@code holder} wrote itself into the Lease as holderIdentity and leads from now on. {@code previousHolder} is ""
 * for a free Lease; otherwise its last renewTime was {@code previousRenewNanos} (simulated time) and it expired
 * {@code leaseDuration} after this candidate last saw it change. {@code transitions} is the Lease's
 * leaseTransitions after this write.
 */
public record LeaseAcquired(long timeNanos, String lease, String holder, String previousHolder,
        long previousRenewNanos, int transitions) implements FlowEvent {
}
