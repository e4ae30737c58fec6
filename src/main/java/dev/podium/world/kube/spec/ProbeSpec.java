package dev.podium.world.kube.spec;

/**
 * A liveness, readiness or startup probe, with the API defaults applied (period 10 s, timeout 1 s,
 * success threshold 1, failure threshold 3, initial delay 0). How the probed endpoint behaves is
 * simulated, not read from the manifest.
 */
public record ProbeSpec(long initialDelayNanos, long periodNanos, long timeoutNanos, int successThreshold,
        int failureThreshold) {
    public static final long SECOND = 1_000_000_000L;

    /** A probe with every field at its Kubernetes default. */
    public static ProbeSpec defaults() {
        return new ProbeSpec(0, 10 * SECOND, SECOND, 1, 3);
    }
}
