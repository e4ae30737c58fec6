package dev.podium.world.kube.api;

import dev.podium.world.kube.spec.PodSpec;
import java.util.Map;

/**
 * A pod as the API server stores it: metadata, a shared (never copied) spec, and the status fields the
 * simulation uses. {@code status} is the kubelet's part of kubectl's STATUS column; {@link #displayStatus()} adds
 * kubectl's "Terminating" for a pod with a deletionTimestamp. Times are simulated nanoseconds; -1 means unset.
 *
 * @param owner the owning ReplicaSet's key, {@code Kind:namespace/name} for another controller (a StatefulSet's
 *     {@code StatefulSet:default/web}), or ""
 * @param milliCpu summed CPU requests (computed once from the spec)
 * @param memoryBytes summed memory requests
 * @param nodeName "" until bound
 * @param phase Pending, Running, Succeeded or Failed
 * @param readySinceNanos when the Ready condition last became True, -1 if not ready
 * @param deletionNanos deletionTimestamp, -1 if not being deleted
 * @param deletionReason why it is being deleted (Deleted, ScaledDown, Evicted, Drained)
 * @param unschedulableMessage the PodScheduled=False message, or ""
 */
public record Pod(String namespace, String name, String key, Map<String, String> labels, String owner, PodSpec spec,
        long milliCpu, long memoryBytes, String nodeName, String phase, String status, boolean ready,
        int readyContainers, int restarts, long createdNanos, long readySinceNanos, long deletionNanos,
        long graceNanos, String deletionReason, String unschedulableMessage, long resourceVersion)
        implements ApiObject {

    /** A new pod, Pending and unbound. {@code labels} is kept as given (callers share one map per template). */
    public static Pod create(String namespace, String name, Map<String, String> labels, String owner, PodSpec spec,
            long nowNanos) {
        var req = spec.requests();
        return new Pod(namespace, name, namespace + "/" + name, labels, owner, spec, req.milliCpu(),
                req.memoryBytes(), spec.nodeName(), "Pending", "Pending", false, 0, 0, nowNanos, -1, -1, 0, "", "", 0);
    }

    @Override
    public Kind kind() {
        return Kind.POD;
    }

    @Override
    public Pod withResourceVersion(long rv) {
        return new Pod(namespace, name, key, labels, owner, spec, milliCpu, memoryBytes, nodeName, phase, status,
                ready, readyContainers, restarts, createdNanos, readySinceNanos, deletionNanos, graceNanos,
                deletionReason, unschedulableMessage, rv);
    }

    public Pod withNode(String node) {
        return new Pod(namespace, name, key, labels, owner, spec, milliCpu, memoryBytes, node, phase, status, ready,
                readyContainers, restarts, createdNanos, readySinceNanos, deletionNanos, graceNanos, deletionReason,
                "", resourceVersion);
    }

    public Pod withUnschedulable(String message) {
        return new Pod(namespace, name, key, labels, owner, spec, milliCpu, memoryBytes, nodeName, phase, status,
                ready, readyContainers, restarts, createdNanos, readySinceNanos, deletionNanos, graceNanos,
                deletionReason, message, resourceVersion);
    }

    /** The kubelet's status; readySince is kept while ready stays true. */
    public Pod withStatus(String newPhase, String newStatus, boolean newReady, int newReadyContainers,
            int newRestarts, long nowNanos) {
        long since = newReady ? (ready ? readySinceNanos : nowNanos) : -1;
        return new Pod(namespace, name, key, labels, owner, spec, milliCpu, memoryBytes, nodeName, newPhase,
                newStatus, newReady, newReadyContainers, newRestarts, createdNanos, since, deletionNanos, graceNanos,
                deletionReason, unschedulableMessage, resourceVersion);
    }

    /** Ready=False (and its containers not ready) as the node lifecycle controller's MarkPodsNotReady writes. */
    public Pod withNotReady() {
        return new Pod(namespace, name, key, labels, owner, spec, milliCpu, memoryBytes, nodeName, phase, status,
                false, 0, restarts, createdNanos, -1, deletionNanos, graceNanos, deletionReason,
                unschedulableMessage, resourceVersion);
    }

    /** The same pod with {@code value} as its owner ("" once the garbage collector orphaned it). */
    public Pod withOwner(String value) {
        return new Pod(namespace, name, key, labels, value, spec, milliCpu, memoryBytes, nodeName, phase, status,
                ready, readyContainers, restarts, createdNanos, readySinceNanos, deletionNanos, graceNanos,
                deletionReason, unschedulableMessage, resourceVersion);
    }

    public Pod withDeletion(long nowNanos, long grace, String reason) {
        return new Pod(namespace, name, key, labels, owner, spec, milliCpu, memoryBytes, nodeName, phase, status,
                ready, readyContainers, restarts, createdNanos, readySinceNanos, nowNanos, grace, reason,
                unschedulableMessage, resourceVersion);
    }

    /** True if a ReplicaSet owns the pod (its owner is a bare key, not {@code Kind:key}). */
    public boolean ownedByReplicaSet() {
        return !owner.isEmpty() && owner.indexOf(':') < 0;
    }

    /** True once a deletionTimestamp is set. */
    public boolean deleting() {
        return deletionNanos >= 0;
    }

    /** Succeeded or Failed. */
    public boolean terminal() {
        return "Succeeded".equals(phase) || "Failed".equals(phase);
    }

    /** Counted by a ReplicaSet: not terminal and not being deleted (controller.IsPodActive). */
    public boolean active() {
        return !deleting() && !terminal();
    }

    /** Ready for at least {@code minReadyNanos} at {@code nowNanos} (podutil.IsPodAvailable). */
    public boolean available(long minReadyNanos, long nowNanos) {
        return ready && readySinceNanos >= 0 && readySinceNanos + minReadyNanos <= nowNanos;
    }

    /** kubectl's STATUS column. */
    public String displayStatus() {
        return deleting() ? "Terminating" : status;
    }
}
