package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pod's spec with defaults applied: restartPolicy Always, termination grace 30 s, priority 0.
 * {@code nodeName} is "" unless the manifest binds the pod itself. {@code configRefs} are the ConfigMaps and
 * Secrets its containers mount or read into their environment.
 */
public record PodSpec(List<ContainerSpec> containers, List<ContainerSpec> initContainers,
        Map<String, String> nodeSelector, List<Toleration> tolerations, String nodeName, String restartPolicy,
        long terminationGraceNanos, int priority, List<ConfigRef> configRefs) {
    public PodSpec {
        configRefs = List.copyOf(configRefs);
        containers = List.copyOf(containers);
        initContainers = List.copyOf(initContainers);
        nodeSelector = Collections.unmodifiableMap(new TreeMap<>(nodeSelector));
        tolerations = List.copyOf(tolerations);
    }

    /** A pod spec that takes nothing from ConfigMaps or Secrets. */
    public PodSpec(List<ContainerSpec> containers, List<ContainerSpec> initContainers,
            Map<String, String> nodeSelector, List<Toleration> tolerations, String nodeName, String restartPolicy,
            long terminationGraceNanos, int priority) {
        this(containers, initContainers, nodeSelector, tolerations, nodeName, restartPolicy, terminationGraceNanos,
                priority, List.of());
    }

    /** Sum of the containers' requests (init containers aside), what the scheduler fits. */
    public Resources requests() {
        Resources total = Resources.NONE;
        for (ContainerSpec c : containers) {
            total = total.plus(c.requests());
        }
        for (ContainerSpec c : initContainers) {
            if (c.sidecar()) {
                total = total.plus(c.requests());
            }
        }
        return total;
    }
}
