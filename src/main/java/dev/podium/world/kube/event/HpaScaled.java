package dev.podium.world.kube.event;

/**
 * The HPA changed its target's replicas (kubectl event SuccessfulRescale).
 */
public record HpaScaled(long timeNanos, String hpa, String target, int currentCpuPercent, int targetCpuPercent,
        int fromReplicas, int toReplicas) implements KubeEvent {
}
