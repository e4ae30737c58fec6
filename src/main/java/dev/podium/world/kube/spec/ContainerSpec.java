package dev.podium.world.kube.spec;

/**
 * One container. {@code liveness}, {@code readiness} and {@code startup} are null when absent.
 * {@code sidecar} is true for an init container with {@code restartPolicy: Always}. {@code preStopNanos} is how long
 * the container's {@code lifecycle.preStop} hook runs (a {@code sleep} action or an {@code exec} of
 * {@code sleep N}); 0 when it has none.
 */
public record ContainerSpec(String name, String image, Resources requests, Resources limits, ProbeSpec liveness,
        ProbeSpec readiness, ProbeSpec startup, boolean sidecar, long preStopNanos) {

    /** A container without a preStop hook. */
    public ContainerSpec(String name, String image, Resources requests, Resources limits, ProbeSpec liveness,
            ProbeSpec readiness, ProbeSpec startup, boolean sidecar) {
        this(name, image, requests, limits, liveness, readiness, startup, sidecar, 0);
    }
}
