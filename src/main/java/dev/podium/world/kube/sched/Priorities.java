package dev.podium.world.kube.sched;

import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.PodSpec;
import dev.podium.world.kube.spec.PriorityClassManifest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Priority admission plugin writes into a pod, computed from the PriorityClasses of the manifests: a pod
 * naming a class gets its value and preemptionPolicy; a pod naming none gets the globalDefault class's (the one with
 * the highest value if several claim it), else {@code spec.priority} as written (0 by default) and
 * PreemptLowerPriority. The built-in classes system-cluster-critical (2000000000) and system-node-critical
 * (2000001000) always exist. A name the manifests lack was already rejected when reading them; here it counts as 0.
 * Immutable.
 */
final class Priorities {
    static final String NEVER = "Never";

    private final Map<String, PriorityClassManifest> classes = new HashMap<>();
    private final PriorityClassManifest globalDefault;

    Priorities(List<KubeManifest> manifests) {
        PriorityClassManifest def = null;
        for (KubeManifest m : manifests) {
            if (m instanceof PriorityClassManifest c) {
                classes.put(c.meta().name(), c);
                if (c.globalDefault() && (def == null || c.value() > def.value())) {
                    def = c;
                }
            }
        }
        globalDefault = def;
    }

    /** The pod's effective {@code spec.priority}. */
    int priority(Pod pod) {
        return priority(pod.spec());
    }

    int priority(PodSpec spec) {
        String name = spec.scheduling().priorityClassName();
        if (name.isEmpty()) {
            return globalDefault != null ? globalDefault.value() : spec.priority();
        }
        switch (name) {
            case "system-cluster-critical":
                return 2_000_000_000;
            case "system-node-critical":
                return 2_000_001_000;
            default:
                PriorityClassManifest c = classes.get(name);
                return c == null ? spec.priority() : c.value();
        }
    }

    /** True if the pod may preempt others (its preemptionPolicy, or its class's, is not Never). */
    boolean mayPreempt(Pod pod) {
        String own = pod.spec().scheduling().preemptionPolicy();
        if (!own.isEmpty()) {
            return !NEVER.equals(own);
        }
        String name = pod.spec().scheduling().priorityClassName();
        PriorityClassManifest c = name.isEmpty() ? globalDefault : classes.get(name);
        return c == null || !NEVER.equals(c.preemptionPolicy());
    }
}
