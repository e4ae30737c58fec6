package dev.podium.world.kube.node;

/**
 * What one probe of a container meets: whether the container answers healthy, and how long the answer takes, in
 * simulated nanoseconds from the moment the kubelet probes ({@link #NEVER_NANOS} if it does not answer at all).
 *
 * <p>The kubelet, not the behaviour, applies the probe's {@code timeoutSeconds} ({@link #verdict(long)}): an
 * answer slower than the timeout is a timeout, which counts as a failure observed when the timeout expires (an HTTP
 * probe gets "context deadline exceeded", an exec probe is stopped at the deadline). An answer within the timeout
 * is observed when it arrives. So a behaviour describes the container (a GC pause delays its answers) and the same
 * description gives different results for a probe with {@code timeoutSeconds: 1} and one with 10. Immutable.
 *
 * @param healthy true if the container answers that it is healthy (HTTP 2xx/3xx, exit 0, TCP open, SERVING)
 * @param tookNanos how long the answer takes, ≥ 0; {@link #NEVER_NANOS} for no answer
 */
public record ProbeOutcome(boolean healthy, long tookNanos) {
    /** {@code tookNanos} of a container that does not answer: the probe always times out. */
    public static final long NEVER_NANOS = Long.MAX_VALUE;

    private static final ProbeOutcome PASS = new ProbeOutcome(true, 0);
    private static final ProbeOutcome FAIL = new ProbeOutcome(false, 0);
    private static final ProbeOutcome NO_ANSWER = new ProbeOutcome(false, NEVER_NANOS);

    /** How the kubelet reads an outcome under a given timeout. */
    public enum Verdict {
        PASSED, FAILED, TIMED_OUT
    }

    public ProbeOutcome {
        if (tookNanos < 0) {
            throw new IllegalArgumentException("tookNanos < 0: " + tookNanos);
        }
    }

    /** Healthy, answered at once. */
    public static ProbeOutcome pass() {
        return PASS;
    }

    /** Healthy, answered after {@code tookNanos}. */
    public static ProbeOutcome passAfter(long tookNanos) {
        return new ProbeOutcome(true, tookNanos);
    }

    /** Unhealthy, answered at once. */
    public static ProbeOutcome fail() {
        return FAIL;
    }

    /** Unhealthy, answered after {@code tookNanos}. */
    public static ProbeOutcome failAfter(long tookNanos) {
        return new ProbeOutcome(false, tookNanos);
    }

    /** No answer: the probe times out whatever its timeout. */
    public static ProbeOutcome noAnswer() {
        return NO_ANSWER;
    }

    /** TIMED_OUT if the answer takes longer than {@code timeoutNanos}, else PASSED or FAILED. */
    public Verdict verdict(long timeoutNanos) {
        if (tookNanos > timeoutNanos) {
            return Verdict.TIMED_OUT;
        }
        return healthy ? Verdict.PASSED : Verdict.FAILED;
    }

    /** When, after the probe began, the kubelet learns the verdict: the answer, or the timeout if that is sooner. */
    public long observedAfterNanos(long timeoutNanos) {
        return Math.min(tookNanos, timeoutNanos);
    }

    /**
     * Both outcomes at once, as two layers of one container see it: healthy only if both are, answering when the
     * slower one answers. So a failure from either wins, and a delay from either delays the answer.
     */
    public ProbeOutcome and(ProbeOutcome other) {
        boolean bothHealthy = healthy && other.healthy;
        long slowerNanos = Math.max(tookNanos, other.tookNanos);
        if (bothHealthy == healthy && slowerNanos == tookNanos) {
            return this;
        }
        return bothHealthy == other.healthy && slowerNanos == other.tookNanos ? other
                : new ProbeOutcome(bothHealthy, slowerNanos);
    }
}
