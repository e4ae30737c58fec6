package dev.podium.world.kube.api;

/**
 * A HorizontalPodAutoscaler as stored: target Deployment key, bounds, target CPU utilisation (percent of
 * requests), stabilisation windows, and the status its controller writes.
 */
public record Hpa(String namespace, String name, String key, String target, int minReplicas, int maxReplicas,
        int targetCpuPercent, long scaleUpWindowNanos, long scaleDownWindowNanos, int currentCpuPercent,
        int currentReplicas, int desiredReplicas, long lastScaleNanos, long resourceVersion) implements ApiObject {

    @Override
    public Kind kind() {
        return Kind.HPA;
    }

    @Override
    public Hpa withResourceVersion(long rv) {
        return new Hpa(namespace, name, key, target, minReplicas, maxReplicas, targetCpuPercent, scaleUpWindowNanos,
                scaleDownWindowNanos, currentCpuPercent, currentReplicas, desiredReplicas, lastScaleNanos, rv);
    }

    public Hpa withStatus(int cpu, int current, int desired, long lastScale) {
        return new Hpa(namespace, name, key, target, minReplicas, maxReplicas, targetCpuPercent, scaleUpWindowNanos,
                scaleDownWindowNanos, cpu, current, desired, lastScale, resourceVersion);
    }
}
