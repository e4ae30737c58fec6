package dev.podium.world.kube.node;

import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.spec.ContainerSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The kubelet's private state of one pod: the latest pod object, its containers (restartable init containers,
 * i.e. sidecars, first, then the app containers), how many ordinary init containers have completed, and
 * termination progress. Mutable.
 */
final class PodRuntime {
    Pod pod;
    final ContainerRuntime[] containers;
    final List<ContainerSpec> inits = new ArrayList<>();
    int initsDone;
    boolean sandboxReady;
    boolean terminating;
    boolean statusPending;
    boolean finished;
    /** Every container ended and none restarts (restartPolicy Never or OnFailure): the phase is final. */
    boolean completed;
    /** When SIGTERM reaches the first container to get it (after its preStop hook); set at termination. */
    long sigtermAtNanos = Long.MAX_VALUE;
    String writtenPhase = "";
    String writtenStatus = "";
    boolean writtenReady;
    int writtenReadyContainers = -1;
    int writtenRestarts;

    PodRuntime(Pod pod) {
        this.pod = pod;
        List<ContainerRuntime> list = new ArrayList<>();
        for (ContainerSpec c : pod.spec().initContainers()) {
            if (c.sidecar()) {
                list.add(new ContainerRuntime(c));
            } else {
                inits.add(c);
            }
        }
        for (ContainerSpec c : pod.spec().containers()) {
            list.add(new ContainerRuntime(c));
        }
        containers = list.toArray(new ContainerRuntime[0]);
    }

    ContainerRuntime container(String name) {
        for (ContainerRuntime c : containers) {
            if (c.spec.name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
