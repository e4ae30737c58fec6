package dev.podium.world.kube.spec;

/**
 * One container. {@code liveness}, {@code readiness} and {@code startup} are null when absent.
 * {@code sidecar} is true for an init container with {@code restartPolicy: Always}.
 */
public record ContainerSpec(String name, String image, Resources requests, Resources limits, ProbeSpec liveness,
        ProbeSpec readiness, ProbeSpec startup, boolean sidecar) {
}
