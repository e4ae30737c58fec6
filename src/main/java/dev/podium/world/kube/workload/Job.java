package dev.podium.world.kube.workload;

import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.spec.PodTemplate;

/**
 * A Job as stored: spec (completions, parallelism, backoffLimit, template; {@code runNanos} how long its containers
 * run) and status (active, succeeded, failed pods; {@code condition} "" while running, Complete or Failed, with its
 * reason).
 */
public record Job(String namespace, String name, String key, int completions, int parallelism, int backoffLimit,
        PodTemplate template, long runNanos, int active, int succeeded, int failed, String condition, String reason,
        long resourceVersion) implements ApiObject {

    /** What its pods carry as their owner: {@code Job:namespace/name}. */
    public static final String OWNER_PREFIX = "Job:";

    @Override
    public Kind kind() {
        return Kind.JOB;
    }

    @Override
    public Job withResourceVersion(long rv) {
        return new Job(namespace, name, key, completions, parallelism, backoffLimit, template, runNanos, active,
                succeeded, failed, condition, reason, rv);
    }

    public Job withStatus(int newActive, int newSucceeded, int newFailed, String newCondition, String newReason) {
        return new Job(namespace, name, key, completions, parallelism, backoffLimit, template, runNanos, newActive,
                newSucceeded, newFailed, newCondition, newReason, resourceVersion);
    }

    /** True once Complete or Failed. */
    public boolean finished() {
        return !condition.isEmpty();
    }

    /** The owner its pods carry. */
    public String ownerTag() {
        return OWNER_PREFIX + key;
    }

    public String image() {
        return template.spec().containers().isEmpty() ? "" : template.spec().containers().get(0).image();
    }
}
