package dev.podium.world.kube.state;

/** An HPA: target, bounds, TARGETS (current/target CPU %), REPLICAS and the last desired count. */
public record HpaView(String key, String target, int minReplicas, int maxReplicas, int targetCpuPercent,
        int currentCpuPercent, int currentReplicas, int desiredReplicas) {
}
