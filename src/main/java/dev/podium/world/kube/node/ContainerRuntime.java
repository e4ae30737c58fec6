package dev.podium.world.kube.node;

import dev.podium.engine.EventHandle;
import dev.podium.world.kube.spec.ContainerSpec;

/**
 * The kubelet's private view of one container: its state (Waiting, Running, Terminated) and reason, restart
 * count, crash back-off entry (flowcontrol.Backoff: current delay and last update), probe states. Mutable.
 */
final class ContainerRuntime {
    final ContainerSpec spec;
    String state = "Waiting";
    String reason = "ContainerCreating";
    int restarts;
    int exitCode;
    long startedAt = -1;
    long finishedAt = -1;
    boolean everStarted;
    boolean ready;
    boolean started;
    /** Incremented at each start, so timers of an earlier instance do nothing. */
    int instance;
    long backoffNanos;
    long backoffUpdated = -1;
    long imageBackoffNanos;
    EventHandle exitTimer;
    final ProbeState liveness;
    final ProbeState readiness;
    final ProbeState startup;

    ContainerRuntime(ContainerSpec spec) {
        this.spec = spec;
        this.liveness = spec.liveness() == null ? null : new ProbeState(ProbeKind.LIVENESS, spec.liveness(), true);
        this.readiness = spec.readiness() == null ? null : new ProbeState(ProbeKind.READINESS, spec.readiness(), false);
        this.startup = spec.startup() == null ? null : new ProbeState(ProbeKind.STARTUP, spec.startup(), false);
    }

    boolean running() {
        return "Running".equals(state);
    }
}
