package dev.podium.world.kube.node;

import dev.podium.engine.EventHandle;
import dev.podium.world.kube.spec.ProbeSpec;

/**
 * One probe worker's state (k/k pkg/kubelet/prober/worker.go): the current result (initially Success for
 * liveness, Failure for readiness and startup), the consecutive success and failure counts that flip it, and
 * whether a probe is waiting for its answer (the worker is blocked in it) with a tick held back meanwhile.
 */
final class ProbeState {
    final ProbeKind kind;
    final String type;
    final ProbeSpec spec;
    final boolean initial;
    boolean result;
    int successes;
    int failures;
    EventHandle ticker;
    /** A probe was started and its answer (or timeout) is not in yet. */
    boolean inFlight;
    /** A tick came while in flight: Go's ticker keeps one such tick (and drops the rest) for the busy worker. */
    boolean tickWaiting;

    ProbeState(ProbeKind kind, ProbeSpec spec, boolean initial) {
        this.kind = kind;
        this.type = kind.id();
        this.spec = spec;
        this.initial = initial;
        this.result = initial;
    }

    /** A new container instance: the worker starts over from the initial result. */
    void reset() {
        result = initial;
        successes = 0;
        failures = 0;
    }
}
