package dev.podium.world.kube.sched.event;

/**
 * The scheduler wrote {@code status.nominatedNodeName} of {@code pod}: {@code node}, where its preemption makes room
 * ("" when the nomination is cleared because the pod was bound elsewhere or went away).
 */
public record PodNominated(long timeNanos, String pod, String node) implements SchedEvent {
}
