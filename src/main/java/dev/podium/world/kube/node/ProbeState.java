package dev.podium.world.kube.node;

import dev.podium.engine.EventHandle;
import dev.podium.world.kube.spec.ProbeSpec;

/**
 * One probe worker's state (k/k pkg/kubelet/prober/worker.go): the current result (initially Success for
 * liveness, Failure for readiness and startup) and the consecutive success and failure counts that flip it.
 */
final class ProbeState {
    final String type;
    final ProbeSpec spec;
    final boolean initial;
    boolean result;
    int successes;
    int failures;
    EventHandle ticker;

    ProbeState(String type, ProbeSpec spec, boolean initial) {
        this.type = type;
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
