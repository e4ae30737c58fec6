package dev.podium.world.kube.flow;

/**
 * Leader election of one controller: {@code replicas} candidates named {@code name-0}, {@code name-1} … compete for
 * the Lease {@code name} with client-go's leaseDuration, renewDeadline and retryPeriod (15 s, 10 s, 2 s as
 * component-base defaults); the leader reconciles every {@code workNanos}.
 */
public record LeaseSpec(String name, int replicas, long leaseDurationNanos, long renewDeadlineNanos,
        long retryPeriodNanos, long workNanos) {
    public static final long SECOND = 1_000_000_000L;

    public LeaseSpec {
        if (replicas < 1 || retryPeriodNanos <= 0 || renewDeadlineNanos <= retryPeriodNanos
                || leaseDurationNanos <= renewDeadlineNanos) {
            throw new IllegalArgumentException("leader election needs leaseDuration > renewDeadline > retryPeriod > 0 "
                    + "and at least one replica");
        }
    }

    /** The defaults for {@code name}: two replicas, 15 s / 10 s / 2 s, a reconcile a second. */
    public static LeaseSpec defaults(String name) {
        return new LeaseSpec(name, 2, 15 * SECOND, 10 * SECOND, 2 * SECOND, SECOND);
    }

    /** The name of candidate {@code i}. */
    public String candidate(int i) {
        return name + "-" + i;
    }
}
