package dev.podium.world.kube.event;

/**
 * A HorizontalPodAutoscaler was created for the Deployment {@code target} (namespace/name).
 */
public record HpaCreated(long timeNanos, String hpa, String target, int minReplicas, int maxReplicas,
        int targetCpuPercent) implements KubeEvent {
}
