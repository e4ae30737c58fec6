package dev.podium.world.kube.spec;

/**
 * A HorizontalPodAutoscaler (autoscaling/v1 or v2) reduced to what the simulator uses: the target
 * Deployment, min and max replicas, target average CPU utilisation in percent of requests, and the
 * stabilisation windows (defaults: scale-up 0 s, scale-down 300 s; tolerance 10%). A target of 0 % means the HPA
 * has no metric the simulator computes: it keeps its replicas, brought within min..max.
 */
public record HpaManifest(ObjectMeta meta, String targetKind, String targetName, int minReplicas, int maxReplicas,
        int targetCpuPercent, long scaleUpStabilizationNanos, long scaleDownStabilizationNanos)
        implements KubeManifest {
}
