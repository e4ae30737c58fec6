package dev.podium.world.kube.event;

/**
 * One HPA sync: average utilisation of the ready pods, the raw recommendation ceil(current x util/target)
 * (or current within tolerance) and the desired count after stabilisation, rate limits and min/max.
 */
public record HpaEvaluated(long timeNanos, String hpa, int currentCpuPercent, int targetCpuPercent, int currentReplicas,
        int recommendedReplicas, int desiredReplicas) implements KubeEvent {
}
