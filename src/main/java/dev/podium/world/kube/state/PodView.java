package dev.podium.world.kube.state;

/**
 * A pod as views draw it. {@code status} is kubectl's STATUS column; {@code queue} the scheduler queue it waits
 * in ("" once bound); {@code message} the last FailedScheduling text.
 */
public record PodView(String key, String owner, String node, String phase, String status, boolean ready,
        int readyContainers, int containers, int restarts, long milliCpu, long memoryBytes, String image,
        long createdNanos, String queue, String message) {

    PodView withStatus(String newPhase, String newStatus, boolean newReady, int newReadyContainers,
            int newRestarts) {
        return new PodView(key, owner, node, newPhase, newStatus, newReady, newReadyContainers, containers,
                newRestarts, milliCpu, memoryBytes, image, createdNanos, queue, message);
    }

    PodView withNode(String newNode) {
        return new PodView(key, owner, newNode, phase, status, ready, readyContainers, containers, restarts,
                milliCpu, memoryBytes, image, createdNanos, "", "");
    }

    PodView withQueue(String newQueue, String newMessage) {
        return new PodView(key, owner, node, phase, status, ready, readyContainers, containers, restarts, milliCpu,
                memoryBytes, image, createdNanos, newQueue, newMessage);
    }
}
