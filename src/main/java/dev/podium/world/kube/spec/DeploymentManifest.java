package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An apps/v1 Deployment with defaults applied: replicas 1, strategy RollingUpdate with maxSurge 25%
 * and maxUnavailable 25%, revisionHistoryLimit 10, minReadySeconds 0, progressDeadlineSeconds 600.
 * {@code strategy} is "RollingUpdate" or "Recreate". The selector is matchLabels only.
 */
public record DeploymentManifest(ObjectMeta meta, int replicas, Map<String, String> selector, PodTemplate template,
        String strategy, IntOrPercent maxSurge, IntOrPercent maxUnavailable, int revisionHistoryLimit,
        long minReadyNanos, long progressDeadlineNanos) implements KubeManifest {
    public DeploymentManifest {
        selector = Collections.unmodifiableMap(new TreeMap<>(selector));
    }
}
