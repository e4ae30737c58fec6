package dev.podium.world.kube.workload;

import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.spec.PodTemplate;
import java.util.Map;

/**
 * A StatefulSet as stored: spec (replicas, selector, template, the governing Service's name, podManagementPolicy
 * OrderedReady or Parallel) and status (replicas: pods that exist; readyReplicas).
 */
public record StatefulSet(String namespace, String name, String key, int replicas, Map<String, String> selector,
        PodTemplate template, String serviceName, String podManagementPolicy, int statusReplicas, int readyReplicas,
        long resourceVersion) implements ApiObject {

    /** What its pods carry as their owner: {@code StatefulSet:namespace/name}. */
    public static final String OWNER_PREFIX = "StatefulSet:";

    @Override
    public Kind kind() {
        return Kind.STATEFULSET;
    }

    @Override
    public StatefulSet withResourceVersion(long rv) {
        return new StatefulSet(namespace, name, key, replicas, selector, template, serviceName, podManagementPolicy,
                statusReplicas, readyReplicas, rv);
    }

    public StatefulSet withReplicas(int value) {
        return new StatefulSet(namespace, name, key, value, selector, template, serviceName, podManagementPolicy,
                statusReplicas, readyReplicas, resourceVersion);
    }

    public StatefulSet withStatus(int total, int ready) {
        return new StatefulSet(namespace, name, key, replicas, selector, template, serviceName, podManagementPolicy,
                total, ready, resourceVersion);
    }

    /** True for OrderedReady (the default): one pod at a time, in ordinal order. */
    public boolean ordered() {
        return !"Parallel".equals(podManagementPolicy);
    }

    /** The owner its pods carry. */
    public String ownerTag() {
        return OWNER_PREFIX + key;
    }

    public String image() {
        return template.spec().containers().isEmpty() ? "" : template.spec().containers().get(0).image();
    }
}
