package dev.podium.world.kube.api;

/**
 * A token bucket ({@code qps} tokens per second, {@code burst} deep) as golang.org/x/time/rate's
 * {@code Reserve}: each call takes one token and says when the caller may go. Written as the generic cell
 * rate algorithm over integer nanoseconds, so it is exact and deterministic.
 *
 * <p>Kernel thread only.
 */
public final class TokenBucket {
    private final long intervalNanos;
    private final long toleranceNanos;
    /** Theoretical arrival time of the next request. */
    private long tatNanos = Long.MIN_VALUE / 2;

    public TokenBucket(double qps, int burst) {
        if (qps <= 0 || burst < 1) {
            throw new IllegalArgumentException("qps and burst must be positive: " + qps + ", " + burst);
        }
        this.intervalNanos = Math.max(1L, Math.round(1e9 / qps));
        this.toleranceNanos = (burst - 1) * intervalNanos;
    }

    /** Takes a token for a request made at {@code nowNanos}; returns when it may proceed (≥ now). */
    public long reserve(long nowNanos) {
        long tat = Math.max(tatNanos, nowNanos);
        long allowedAt = Math.max(nowNanos, tat - toleranceNanos);
        tatNanos = tat + intervalNanos;
        return allowedAt;
    }

    /** Nanoseconds between tokens. */
    public long intervalNanos() {
        return intervalNanos;
    }
}
