package dev.podium.world.kube.api;

import dev.podium.world.kube.spec.IntOrPercent;
import dev.podium.world.kube.spec.PodTemplate;
import java.util.Map;

/**
 * A Deployment as stored: its spec (strategy "RollingUpdate" or "Recreate") and the status counts its
 * controller writes; {@code deletion} is its deletionTimestamp and finalizers while a foreground or orphan delete
 * holds it.
 */
public record Deployment(String namespace, String name, String key, int replicas, Map<String, String> selector,
        PodTemplate template, String strategy, IntOrPercent maxSurge, IntOrPercent maxUnavailable,
        int revisionHistoryLimit, long minReadyNanos, long createdNanos, int statusReplicas, int updatedReplicas,
        int readyReplicas, int availableReplicas, Deletion deletion, long resourceVersion) implements Deletable {

    @Override
    public Kind kind() {
        return Kind.DEPLOYMENT;
    }

    @Override
    public Deployment withResourceVersion(long rv) {
        return new Deployment(namespace, name, key, replicas, selector, template, strategy, maxSurge, maxUnavailable,
                revisionHistoryLimit, minReadyNanos, createdNanos, statusReplicas, updatedReplicas, readyReplicas,
                availableReplicas, deletion, rv);
    }

    public Deployment withReplicas(int value) {
        return new Deployment(namespace, name, key, value, selector, template, strategy, maxSurge, maxUnavailable,
                revisionHistoryLimit, minReadyNanos, createdNanos, statusReplicas, updatedReplicas, readyReplicas,
                availableReplicas, deletion, resourceVersion);
    }

    public Deployment withTemplate(PodTemplate value) {
        return new Deployment(namespace, name, key, replicas, selector, value, strategy, maxSurge, maxUnavailable,
                revisionHistoryLimit, minReadyNanos, createdNanos, statusReplicas, updatedReplicas, readyReplicas,
                availableReplicas, deletion, resourceVersion);
    }

    public Deployment withStatus(int total, int updated, int ready, int available) {
        return new Deployment(namespace, name, key, replicas, selector, template, strategy, maxSurge, maxUnavailable,
                revisionHistoryLimit, minReadyNanos, createdNanos, total, updated, ready, available, deletion,
                resourceVersion);
    }

    @Override
    public Deployment withDeletion(Deletion value) {
        return new Deployment(namespace, name, key, replicas, selector, template, strategy, maxSurge, maxUnavailable,
                revisionHistoryLimit, minReadyNanos, createdNanos, statusReplicas, updatedReplicas, readyReplicas,
                availableReplicas, value, resourceVersion);
    }

    @Override
    public String kindName() {
        return "Deployment";
    }

    public boolean recreate() {
        return "Recreate".equals(strategy);
    }

    /** maxSurge resolved against replicas (rounded up), as ResolveFenceposts. */
    public int surge() {
        return IntOrPercent.surge(replicas, maxSurge, maxUnavailable);
    }

    /** maxUnavailable resolved (rounded down, 1 if both resolve to 0, capped at replicas). */
    public int unavailable() {
        return IntOrPercent.unavailable(replicas, recreate(), maxSurge, maxUnavailable);
    }

    public String image() {
        return template.spec().containers().isEmpty() ? "" : template.spec().containers().get(0).image();
    }
}
