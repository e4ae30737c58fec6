package dev.podium.world.kube.workload;

import dev.podium.world.kube.node.ContainerBehaviour;
import dev.podium.world.kube.node.ContainerExit;
import dev.podium.world.kube.node.ProbeKind;
import dev.podium.world.kube.node.ProbeOutcome;
import dev.podium.world.kube.node.RunningContainer;
import java.util.Map;
import java.util.TreeMap;

/**
 * What runs in a Job's pods: each container exits 0 after its Job's run time (the work is done). Probes pass. A
 * {@code :crashloop} image or the crashContainer action makes a container exit 1 sooner (the soonest exit wins).
 * Kernel thread only.
 */
final class JobBehaviour implements ContainerBehaviour {
    private final Map<String, Long> runNanos = new TreeMap<>();

    void add(Job job) {
        runNanos.put(job.ownerTag(), job.runNanos());
    }

    @Override
    public ProbeOutcome probe(RunningContainer container, ProbeKind kind, long timeNanos) {
        return ProbeOutcome.pass();
    }

    @Override
    public ContainerExit nextExit(RunningContainer container, long timeNanos) {
        Long run = runNanos.get(container.pod().owner());
        return run == null ? ContainerExit.NEVER : ContainerExit.after(run, 0);
    }
}
