package dev.podium.scenario.gc;

import dev.podium.scenario.Arg;
import dev.podium.world.gc.GcModel;
import dev.podium.world.kube.node.ContainerBehaviour;
import dev.podium.world.kube.node.ContainerExit;
import dev.podium.world.kube.node.ProbeKind;
import dev.podium.world.kube.node.ProbeOutcome;
import dev.podium.world.kube.node.RunningContainer;

/**
 * The simulated JVM answering the Kubernetes probes of the container it runs in (the GC world's {@code container}
 * parameter names it; every pod's container of that name is this JVM). An HTTP probe is a request like any other:
 * during a stop-the-world pause nobody answers until the pause ends, so a pause longer than the probe's
 * {@code timeoutSeconds} times it out, and {@code failureThreshold} of them in a row get the container killed.
 * Outside a pause it answers at once. When the kubelet's instance stops (killed, exit 137) the JVM process ends with
 * it: its heap is gone and requests are refused; when the kubelet starts a new instance, a new JVM boots for
 * {@value #STARTUP_NANOS} ns on an empty heap, and until it serves a probe fails at once (connection refused).
 * Simplified: the probe does not queue behind the requests waiting for a thread,
 * and one JVM answers for every container of that name (a Deployment of one replica is the faithful case). The
 * Kubernetes world owns the {@link ContainerBehaviour} interface; the GC world never imports it: this class lives
 * in the scenario layer, which wires the two.
 */
final class JvmProbes implements ContainerBehaviour {
    /**
     * The GC world's parameter naming the Kubernetes container this service runs in (in a scenario with both
     * worlds); empty: none, the two worlds do not touch.
     */
    static final Arg<String> CONTAINER = Arg.text("container", "");

    private final GcModel model;
    private final String container;

    JvmProbes(GcModel model, String container) {
        this.model = model;
        this.container = container;
    }

    /** A JVM's start until it serves: 0.5 s. */
    static final long STARTUP_NANOS = 500_000_000L;

    @Override
    public ContainerExit nextExit(RunningContainer running, long timeNanos) {
        if (container.equals(running.name()) && model.isDown()) {
            model.startProcess(STARTUP_NANOS);
        }
        return ContainerExit.NEVER;
    }

    @Override
    public void stopped(RunningContainer running, long timeNanos, int exitCode, String reason) {
        if (container.equals(running.name())) {
            model.endProcess(exitCode);
        }
    }

    @Override
    public ProbeOutcome probe(RunningContainer running, ProbeKind kind, long timeNanos) {
        if (!container.equals(running.name())) {
            return ProbeOutcome.pass();
        }
        if (model.isDown()) {
            return ProbeOutcome.fail();
        }
        long endsAt = model.pauseEndsAtNanos();
        return endsAt > timeNanos ? ProbeOutcome.passAfter(endsAt - timeNanos) : ProbeOutcome.pass();
    }
}
