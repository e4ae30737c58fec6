package dev.podium.live.informer;

/**
 * What we keep of a live pod: only what the Kubernetes projection needs (a few hundred bytes, strings shared
 * through {@link Compact#share}). {@code key} is namespace/name; {@code owner} the owning ReplicaSet's
 * namespace/name or ""; {@code node} "" until scheduled; {@code status} the STATUS column of kubectl get pods;
 * {@code terminating} whether it has a deletionTimestamp; {@code controller} its controller owner when that is not a
 * ReplicaSet ({@code StatefulSet ns/name}, {@code DaemonSet ns/name}, {@code Job ns/name}, a custom kind), else "". Immutable.
 */
record PodRecord(String key, String owner, String node, String phase, String status, boolean ready,
        int readyContainers, int containers, int restarts, long milliCpu, long memoryBytes, String image,
        boolean terminating, long graceNanos, String controller) implements LiveRecord {

    /** Whether the fields {@code PodPhaseChanged} carries differ. */
    boolean statusDiffers(PodRecord other) {
        return !phase.equals(other.phase) || !status.equals(other.status) || ready != other.ready
                || readyContainers != other.readyContainers || restarts != other.restarts;
    }

    /** This record as the projection holds it after a {@code PodTerminating} (status "Terminating"). */
    PodRecord asTerminating() {
        return new PodRecord(key, owner, node, phase, PodStatusText.TERMINATING, ready, readyContainers, containers,
                restarts, milliCpu, memoryBytes, image, true, graceNanos, controller);
    }
}
