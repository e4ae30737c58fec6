package dev.podium.world.kube.node;

import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.spec.ContainerSpec;

/**
 * One running container instance as a {@link ContainerBehaviour} sees it. Immutable.
 *
 * @param pod the kubelet's latest copy of the pod: namespace, name, labels, node, spec
 * @param spec the container's spec (name, image, probes)
 * @param restartCount how many times the kubelet has restarted this container: 0 for the first instance
 * @param startedAtNanos when this instance started, in simulated nanoseconds
 */
public record RunningContainer(Pod pod, ContainerSpec spec, int restartCount, long startedAtNanos) {

    /** The pod's {@code namespace/name}. */
    public String podKey() {
        return pod.key();
    }

    /** The container's name. */
    public String name() {
        return spec.name();
    }
}
