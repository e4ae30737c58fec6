package dev.podium.world.kube.node;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.api.ApiClient;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.traffic.event.PreStopHookFinished;

/**
 * How the kubelet ends a pod. Deletion: each running container's preStop hook runs first (for its length, at most
 * grace + 2 s), then SIGTERM; the container exits {@code min(containerStopNanos, max(grace - hook, 2 s))} later (just
 * {@code min(containerStopNanos, grace)} without a hook) with code 0; once none runs, the kubelet writes the terminal
 * phase and deletes the pod with grace 0. Completion: once no container runs or will restart, the phase is final.
 * Kernel thread only.
 */
final class PodTermination {
    /** The one-off extension a preStop hook still running at the end of the grace period gets (k/k kubelet). */
    private static final long PRESTOP_EXTENSION = 2 * KubeParams.SECOND;
    /** {@code minimumGracePeriodInSeconds}: the least time between SIGTERM and SIGKILL after a preStop hook. */
    private static final long MIN_STOP_WINDOW = 2 * KubeParams.SECOND;

    private final Kubelet kubelet;
    private final Kernel kernel;
    private final EventSink sink;
    private final ApiServer api;
    private final ApiClient client;
    private final ProbeWorkers probes;

    PodTermination(Kubelet kubelet, Kernel kernel, EventSink sink, ApiServer api, ApiClient client,
            ProbeWorkers probes) {
        this.kubelet = kubelet;
        this.kernel = kernel;
        this.sink = sink;
        this.api = api;
        this.client = client;
        this.probes = probes;
    }

    /** The pod is being deleted: preStop hooks, then SIGTERM to every running container. */
    void terminate(PodRuntime rt) {
        rt.terminating = true;
        long grace = rt.pod.graceNanos();
        long stopNanos = kubelet.containerStopNanos();
        boolean anyRunning = false;
        rt.sigtermAtNanos = Long.MAX_VALUE;
        for (ContainerRuntime c : rt.containers) {
            if (c.running()) {
                anyRunning = true;
                long hook = grace > 0 ? Math.min(c.spec.preStopNanos(), grace + PRESTOP_EXTENSION) : 0;
                long stop = hook > 0 ? hook + Math.min(stopNanos, Math.max(grace - hook, MIN_STOP_WINDOW))
                        : Math.min(stopNanos, grace);
                rt.sigtermAtNanos = Math.min(rt.sigtermAtNanos, kernel.now() + hook);
                if (hook > 0) {
                    int instance = c.instance;
                    long remaining = Math.max(grace - hook, MIN_STOP_WINDOW);
                    kubelet.later(hook, () -> {
                        if (c.instance == instance && c.running()) {
                            sink.emit(new PreStopHookFinished(kernel.now(), rt.pod.key(), c.spec.name(), hook,
                                    remaining));
                        }
                    });
                }
                kubelet.kill(rt, c, 0, "Completed", stop);
            } else if (!"Terminated".equals(c.state)) {
                c.state = "Terminated";
                c.reason = "Completed";
            }
        }
        kubelet.statusChanged(rt);
        if (!anyRunning) {
            finishIfStopped(rt);
        }
    }

    /** Once no container runs or will restart, the phase is final: Succeeded if all exited 0, else Failed. */
    void completeIfDone(PodRuntime rt, String policy) {
        boolean allZero = true;
        for (ContainerRuntime c : rt.containers) {
            if (c.running() || !c.everStarted || ("OnFailure".equals(policy) && c.exitCode != 0)) {
                return;
            }
            allZero &= c.exitCode == 0;
        }
        rt.completed = true;
        probes.stop(rt);
        String phase = allZero ? "Succeeded" : "Failed";
        String status = allZero ? "Completed" : "Error";
        client.write(() -> api.patch(Kind.POD, rt.pod.key(), o -> ((Pod) o).withStatus(phase, status, false, 0,
                ((Pod) o).restarts(), kernel.now()), "kubelet"), null);
    }

    /** A terminating pod whose containers have all stopped: write the terminal phase, then delete it. */
    void finishIfStopped(PodRuntime rt) {
        for (ContainerRuntime c : rt.containers) {
            if (c.running()) {
                return;
            }
        }
        if (rt.finished) {
            return;
        }
        rt.finished = true;
        probes.stop(rt);
        boolean allZero = true;
        for (ContainerRuntime c : rt.containers) {
            allZero &= c.exitCode == 0;
        }
        String phase = allZero ? "Succeeded" : "Failed";
        String terminalStatus = allZero ? "Completed" : "Error";
        String key = rt.pod.key();
        client.write(() -> api.patch(Kind.POD, key, o -> {
            Pod p = (Pod) o;
            return p.withStatus(phase, terminalStatus, false, 0, p.restarts(), kernel.now());
        }, "kubelet"), null);
        client.write(() -> api.delete(Kind.POD, key, "kubelet"), null);
    }
}
