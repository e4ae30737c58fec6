package dev.podium.world.kube.state;

/**
 * A pod as views draw it. {@code status} is kubectl's STATUS column; {@code queue} the scheduler queue it waits
 * in ("" once bound); {@code message} the last FailedScheduling text; {@code readySinceNanos} the time of the event
 * that showed it Ready (-1 while not ready), which is when the timeline learnt it, not the pod's condition time.
 */
public record PodView(String key, String owner, String node, String phase, String status, boolean ready,
        int readyContainers, int containers, int restarts, long milliCpu, long memoryBytes, String image,
        long createdNanos, String queue, String message, long readySinceNanos) {

    /** Counted by a ReplicaSet: not Terminating and not Succeeded or Failed (controller.IsPodActive). */
    public boolean active() {
        return !"Terminating".equals(status) && !terminal();
    }

    /** Succeeded or Failed. */
    public boolean terminal() {
        return "Succeeded".equals(phase) || "Failed".equals(phase);
    }

    PodView withStatus(String newPhase, String newStatus, boolean newReady, int newReadyContainers,
            int newRestarts, long nowNanos) {
        long since = newReady ? (ready ? readySinceNanos : nowNanos) : -1;
        return new PodView(key, owner, node, newPhase, newStatus, newReady, newReadyContainers, containers,
                newRestarts, milliCpu, memoryBytes, image, createdNanos, queue, message, since);
    }

    PodView withOwner(String newOwner) {
        return new PodView(key, newOwner, node, phase, status, ready, readyContainers, containers, restarts,
                milliCpu, memoryBytes, image, createdNanos, queue, message, readySinceNanos);
    }

    PodView withNode(String newNode) {
        return new PodView(key, owner, newNode, phase, status, ready, readyContainers, containers, restarts,
                milliCpu, memoryBytes, image, createdNanos, "", "", readySinceNanos);
    }

    PodView withQueue(String newQueue, String newMessage) {
        return new PodView(key, owner, node, phase, status, ready, readyContainers, containers, restarts, milliCpu,
                memoryBytes, image, createdNanos, newQueue, newMessage, readySinceNanos);
    }
}
