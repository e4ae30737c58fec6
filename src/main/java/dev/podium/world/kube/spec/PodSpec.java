package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pod's spec with defaults applied: restartPolicy Always, termination grace 30 s, priority 0, no
 * {@link SchedulingSpec scheduling} constraints. {@code nodeName} is "" unless the manifest binds the pod itself.
 * {@code priority} is {@code spec.priority} as written; the scheduler resolves {@code priorityClassName} itself.
 * {@code configRefs} are the ConfigMaps and Secrets its containers mount or read into their environment.
 */
public record PodSpec(List<ContainerSpec> containers, List<ContainerSpec> initContainers,
        Map<String, String> nodeSelector, List<Toleration> tolerations, String nodeName, String restartPolicy,
        long terminationGraceNanos, int priority, List<ConfigRef> configRefs, SchedulingSpec scheduling) {
    public PodSpec {
        configRefs = List.copyOf(configRefs);
        scheduling = scheduling == null ? SchedulingSpec.NONE : scheduling;
        containers = List.copyOf(containers);
        initContainers = List.copyOf(initContainers);
        nodeSelector = Collections.unmodifiableMap(new TreeMap<>(nodeSelector));
        tolerations = List.copyOf(tolerations);
    }

    /** A spec that takes nothing from ConfigMaps or Secrets and has no scheduling constraints. */
    public PodSpec(List<ContainerSpec> containers, List<ContainerSpec> initContainers,
            Map<String, String> nodeSelector, List<Toleration> tolerations, String nodeName, String restartPolicy,
            long terminationGraceNanos, int priority) {
        this(containers, initContainers, nodeSelector, tolerations, nodeName, restartPolicy, terminationGraceNanos,
                priority, List.of(), SchedulingSpec.NONE);
    }

    /** A spec without {@link SchedulingSpec scheduling} constraints. */
    public PodSpec(List<ContainerSpec> containers, List<ContainerSpec> initContainers,
            Map<String, String> nodeSelector, List<Toleration> tolerations, String nodeName, String restartPolicy,
            long terminationGraceNanos, int priority, List<ConfigRef> configRefs) {
        this(containers, initContainers, nodeSelector, tolerations, nodeName, restartPolicy, terminationGraceNanos,
                priority, configRefs, SchedulingSpec.NONE);
    }

    /** A spec that takes nothing from ConfigMaps or Secrets. */
    public PodSpec(List<ContainerSpec> containers, List<ContainerSpec> initContainers,
            Map<String, String> nodeSelector, List<Toleration> tolerations, String nodeName, String restartPolicy,
            long terminationGraceNanos, int priority, SchedulingSpec scheduling) {
        this(containers, initContainers, nodeSelector, tolerations, nodeName, restartPolicy, terminationGraceNanos,
                priority, List.of(), scheduling);
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
