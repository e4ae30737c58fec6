package dev.podium.world.kube.node;

import dev.podium.engine.Kernel;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.api.ApiClient;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Pod;

/**
 * The kubelet's status manager for its pods: a change is written {@code statusUpdateNanos} after it happens, changes
 * in between coalesce into one write, and a write that would repeat the last one is skipped. The STATUS column is
 * computed as kubectl shows it: ContainerCreating or Init:n/m until the sandbox and init containers are done, then a
 * waiting or terminated container's reason, else Running. Kernel thread only.
 */
final class PodStatusWriter {
    private final Kubelet kubelet;
    private final Kernel kernel;
    private final ApiServer api;
    private final ApiClient client;
    private final KubeParams params;

    PodStatusWriter(Kubelet kubelet, Kernel kernel, ApiServer api, ApiClient client, KubeParams params) {
        this.kubelet = kubelet;
        this.kernel = kernel;
        this.api = api;
        this.client = client;
        this.params = params;
    }

    /** Schedules one status write unless one is pending or the pod is done. */
    void changed(PodRuntime rt) {
        if (rt.statusPending || rt.finished || rt.completed) {
            return;
        }
        rt.statusPending = true;
        kubelet.later(params.statusUpdateNanos(), () -> write(rt));
    }

    private void write(PodRuntime rt) {
        rt.statusPending = false;
        if (rt.finished || rt.completed) {
            return;
        }
        int ready = 0;
        int restarts = 0;
        boolean allStarted = true;
        String reason = null;
        for (ContainerRuntime c : rt.containers) {
            if (c.ready && c.running()) {
                ready++;
            }
            restarts += c.restarts;
            allStarted &= c.everStarted;
            if (reason == null && !c.reason.isEmpty() && !"ContainerCreating".equals(c.reason)
                    && (!c.running())) {
                reason = c.reason;
            }
        }
        boolean podReady = ready == rt.containers.length && !rt.terminating;
        String phase = allStarted ? "Running" : "Pending";
        String computed;
        if (!rt.sandboxReady || rt.initsDone < rt.inits.size()) {
            computed = rt.inits.isEmpty() ? "ContainerCreating" : "Init:" + rt.initsDone + "/" + rt.inits.size();
        } else if (reason != null) {
            computed = reason;
        } else {
            computed = allStarted ? "Running" : "ContainerCreating";
        }
        String status = computed;
        if (phase.equals(rt.writtenPhase) && status.equals(rt.writtenStatus) && podReady == rt.writtenReady
                && ready == rt.writtenReadyContainers && restarts == rt.writtenRestarts) {
            return;
        }
        rt.writtenPhase = phase;
        rt.writtenStatus = status;
        rt.writtenReady = podReady;
        rt.writtenReadyContainers = ready;
        rt.writtenRestarts = restarts;
        int readyCount = ready;
        int restartCount = restarts;
        String key = rt.pod.key();
        client.write(() -> api.patch(Kind.POD, key,
                o -> ((Pod) o).withStatus(phase, status, podReady, readyCount, restartCount, kernel.now()),
                "kubelet"), null);
    }
}
