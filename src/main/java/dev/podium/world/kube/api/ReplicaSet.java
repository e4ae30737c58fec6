package dev.podium.world.kube.api;

import dev.podium.world.kube.spec.PodTemplate;
import java.util.Map;

/**
 * A ReplicaSet as stored. {@code owner} is its Deployment's key or ""; {@code templateHash} the
 * pod-template-hash label; {@code revision} the deployment.kubernetes.io/revision annotation. {@code podLabels}
 * is the template's labels, one map shared by all its pods. {@code deletion} is its deletionTimestamp and finalizers
 * while a foreground or orphan delete holds it.
 */
public record ReplicaSet(String namespace, String name, String key, String owner, Map<String, String> selector,
        PodTemplate template, String templateHash, int revision, int replicas, int statusReplicas, int readyReplicas,
        int availableReplicas, long minReadyNanos, long createdNanos, Deletion deletion, long resourceVersion) implements Deletable {

    @Override
    public Kind kind() {
        return Kind.REPLICASET;
    }

    @Override
    public ReplicaSet withResourceVersion(long rv) {
        return new ReplicaSet(namespace, name, key, owner, selector, template, templateHash, revision, replicas,
                statusReplicas, readyReplicas, availableReplicas, minReadyNanos, createdNanos, deletion, rv);
    }

    public ReplicaSet withReplicas(int value) {
        return new ReplicaSet(namespace, name, key, owner, selector, template, templateHash, revision, value,
                statusReplicas, readyReplicas, availableReplicas, minReadyNanos, createdNanos, deletion,
                resourceVersion);
    }

    public ReplicaSet withRevision(int value) {
        return new ReplicaSet(namespace, name, key, owner, selector, template, templateHash, value, replicas,
                statusReplicas, readyReplicas, availableReplicas, minReadyNanos, createdNanos, deletion,
                resourceVersion);
    }

    public ReplicaSet withStatus(int total, int ready, int available) {
        return new ReplicaSet(namespace, name, key, owner, selector, template, templateHash, revision, replicas, total,
                ready, available, minReadyNanos, createdNanos, deletion, resourceVersion);
    }

    /** The same ReplicaSet owned by Deployment {@code value} ("" once orphaned). */
    public ReplicaSet withOwner(String value) {
        return new ReplicaSet(namespace, name, key, value, selector, template, templateHash, revision, replicas,
                statusReplicas, readyReplicas, availableReplicas, minReadyNanos, createdNanos, deletion,
                resourceVersion);
    }

    @Override
    public ReplicaSet withDeletion(Deletion value) {
        return new ReplicaSet(namespace, name, key, owner, selector, template, templateHash, revision, replicas,
                statusReplicas, readyReplicas, availableReplicas, minReadyNanos, createdNanos, value,
                resourceVersion);
    }

    @Override
    public String kindName() {
        return "ReplicaSet";
    }

    public String image() {
        return template.spec().containers().isEmpty() ? "" : template.spec().containers().get(0).image();
    }
}
