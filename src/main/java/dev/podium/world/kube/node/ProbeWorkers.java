package dev.podium.world.kube.node;

import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.event.ProbeFailed;
import dev.podium.world.kube.event.ProbeSucceeded;

/**
 * One kubelet's probe workers (prober_manager and worker.go): each probe of each container ticks every
 * {@code periodSeconds}, asks the node's {@link ContainerBehaviour} how the probe goes, applies
 * {@code timeoutSeconds} (an answer later than that is a failure recorded when the timeout expires), counts
 * successes and failures against the thresholds, and hands a flipped result to the kubelet: readiness and startup
 * change the pod's status, a failed liveness or startup probe kills the container. While a probe waits for a slow
 * answer one tick is held and runs when the answer comes; further ticks are dropped, as a Go {@code time.Ticker}
 * does. Kernel thread only; its timers are the kubelet's, so they stop when the kubelet fails.
 */
final class ProbeWorkers {
    private final Kubelet kubelet;
    private final Kernel kernel;
    private final EventSink sink;
    private final RandomStream random;
    private final ContainerBehaviour behaviour;

    /** {@code random} is the kubelet's own stream, so the spread of first ticks stays as it was. */
    ProbeWorkers(Kubelet kubelet, Kernel kernel, EventSink sink, RandomStream random, ContainerBehaviour behaviour) {
        this.kubelet = kubelet;
        this.kernel = kernel;
        this.sink = sink;
        this.random = random;
        this.behaviour = behaviour;
    }

    /** Starts every probe of the pod's containers, spread over their first period after a kubelet start. */
    void start(PodRuntime rt) {
        for (ContainerRuntime c : rt.containers) {
            for (ProbeState p : new ProbeState[] {c.startup, c.liveness, c.readiness}) {
                if (p != null) {
                    p.inFlight = false; // an answer still out when the kubelet failed was dropped with its epoch
                    p.tickWaiting = false;
                    long period = p.spec.periodNanos();
                    long delay = kernel.now() - kubelet.startNanos() < period ? (long) (random.nextDouble() * period) : 0;
                    p.ticker = kubelet.later(delay, () -> probeTick(rt, c, p));
                }
            }
        }
    }

    /** Stops every probe of the pod's containers. */
    void stop(PodRuntime rt) {
        for (ContainerRuntime c : rt.containers) {
            for (ProbeState p : new ProbeState[] {c.startup, c.liveness, c.readiness}) {
                if (p != null && p.ticker != null) {
                    kernel.cancel(p.ticker);
                }
            }
        }
    }

    private void probeTick(PodRuntime rt, ContainerRuntime c, ProbeState p) {
        if (!probing(rt, c, p)) {
            return;
        }
        p.ticker = kubelet.later(p.spec.periodNanos(), () -> probeTick(rt, c, p));
        if (p.inFlight) {
            p.tickWaiting = true;
            return;
        }
        probe(rt, c, p);
    }

    private boolean probing(PodRuntime rt, ContainerRuntime c, ProbeState p) {
        return !rt.finished && !(rt.terminating && p != c.readiness);
    }

    /** One probe: asks the behaviour, then records the verdict now or when the answer or the timeout comes. */
    private void probe(PodRuntime rt, ContainerRuntime c, ProbeState p) {
        if (!c.running() || kernel.now() - c.startedAt < p.spec.initialDelayNanos()) {
            return;
        }
        if (p != c.startup && !c.started) {
            return;
        }
        if (p == c.startup && c.started) {
            return;
        }
        ProbeOutcome outcome = behaviour.probe(Kubelet.seen(rt, c), p.kind, kernel.now());
        long timeoutNanos = p.spec.timeoutNanos();
        boolean ok = outcome.verdict(timeoutNanos) == ProbeOutcome.Verdict.PASSED;
        long observedAfterNanos = outcome.observedAfterNanos(timeoutNanos);
        if (observedAfterNanos == 0) {
            record(rt, c, p, ok);
            return;
        }
        p.inFlight = true;
        int instance = c.instance;
        kubelet.later(observedAfterNanos, () -> {
            p.inFlight = false;
            if (!probing(rt, c, p)) {
                return;
            }
            if (c.instance == instance && c.running()) {
                record(rt, c, p, ok);
            }
            if (p.tickWaiting) {
                p.tickWaiting = false;
                probe(rt, c, p);
            }
        });
    }

    /** One probe's verdict: counts it and flips the result at the threshold. */
    private void record(PodRuntime rt, ContainerRuntime c, ProbeState p, boolean ok) {
        if (ok) {
            p.failures = 0;
            p.successes++;
            if (!p.result && p.successes >= p.spec.successThreshold()) {
                p.result = true;
                sink.emit(new ProbeSucceeded(kernel.now(), rt.pod.key(), c.spec.name(), p.type));
                onProbeResult(rt, c, p);
            }
            return;
        }
        p.successes = 0;
        p.failures++;
        sink.emit(new ProbeFailed(kernel.now(), rt.pod.key(), c.spec.name(), p.type, p.failures,
                p.spec.failureThreshold()));
        if ((p.result || p == c.startup) && p.failures >= p.spec.failureThreshold()) {
            p.result = false;
            onProbeResult(rt, c, p);
        }
    }

    private void onProbeResult(PodRuntime rt, ContainerRuntime c, ProbeState p) {
        if (p == c.readiness) {
            c.ready = p.result && c.running();
            kubelet.statusChanged(rt);
        } else if (p == c.startup && p.result) {
            c.started = true;
            c.ready = c.readiness == null;
            kubelet.statusChanged(rt);
        } else if (!p.result) {
            // liveness or startup failed: kill; the restart policy and back-off take over
            kubelet.kill(rt, c, 137, "Error", Math.min(kubelet.containerStopNanos(), rt.pod.spec().terminationGraceNanos()));
        }
    }
}
