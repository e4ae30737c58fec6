package dev.podium.world.kube.traffic.event;

/**
 * The kubelet's preStop hook of {@code container} in {@code pod} finished after {@code elapsedNanos}; SIGTERM
 * follows at once, and the container has {@code remainingGraceNanos} (at least 2 s) before SIGKILL.
 */
public record PreStopHookFinished(long timeNanos, String pod, String container, long elapsedNanos,
        long remainingGraceNanos) implements TrafficEvent {
}
