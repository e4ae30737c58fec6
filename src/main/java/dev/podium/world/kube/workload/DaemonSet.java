package dev.podium.world.kube.workload;

import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.spec.IntOrPercent;
import dev.podium.world.kube.spec.PodTemplate;
import java.util.Map;

/**
 * A DaemonSet as stored: spec (selector, template, updateStrategy RollingUpdate or OnDelete, maxUnavailable),
 * {@code generation} (bumped when the template changes; its pods carry it as {@code pod-template-generation}) and
 * status (desiredNumberScheduled, currentNumberScheduled, numberReady, updatedNumberScheduled).
 */
public record DaemonSet(String namespace, String name, String key, Map<String, String> selector, PodTemplate template,
        String updateStrategy, IntOrPercent maxUnavailable, long generation, int desired, int current, int ready,
        int updated, long resourceVersion) implements ApiObject {

    /** What its pods carry as their owner: {@code DaemonSet:namespace/name}. */
    public static final String OWNER_PREFIX = "DaemonSet:";

    @Override
    public Kind kind() {
        return Kind.DAEMONSET;
    }

    @Override
    public DaemonSet withResourceVersion(long rv) {
        return new DaemonSet(namespace, name, key, selector, template, updateStrategy, maxUnavailable, generation,
                desired, current, ready, updated, rv);
    }

    /** A new template (kubectl set image): the generation goes up. */
    public DaemonSet withTemplate(PodTemplate value) {
        return new DaemonSet(namespace, name, key, selector, value, updateStrategy, maxUnavailable, generation + 1,
                desired, current, ready, updated, resourceVersion);
    }

    public DaemonSet withStatus(int newDesired, int newCurrent, int newReady, int newUpdated) {
        return new DaemonSet(namespace, name, key, selector, template, updateStrategy, maxUnavailable, generation,
                newDesired, newCurrent, newReady, newUpdated, resourceVersion);
    }

    /** The owner its pods carry. */
    public String ownerTag() {
        return OWNER_PREFIX + key;
    }

    public String image() {
        return template.spec().containers().isEmpty() ? "" : template.spec().containers().get(0).image();
    }
}
