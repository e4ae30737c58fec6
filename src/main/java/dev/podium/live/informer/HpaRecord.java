package dev.podium.live.informer;

/**
 * What we keep of a live autoscaling/v2 HorizontalPodAutoscaler: its target (namespace/name), bounds, the CPU
 * utilization target and current value (-1 when it has none), the current and desired replicas, and the last
 * scale time as text. Immutable.
 */
record HpaRecord(String key, String target, int minReplicas, int maxReplicas, int targetCpuPercent,
        int currentCpuPercent, int currentReplicas, int desiredReplicas, String lastScaleTime) implements LiveRecord {
}
