package dev.podium.world.kube.event;

/**
 * The pod's status as the API server now holds it. {@code phase} is Pending, Running, Succeeded or Failed;
 * {@code status} is the STATUS column of kubectl get pods (Pending, ContainerCreating, Init:0/1, Running,
 * Terminating, CrashLoopBackOff, Completed, Error, ErrImagePull, ImagePullBackOff); {@code ready} is the Ready
 * condition.
 */
public record PodPhaseChanged(long timeNanos, String pod, String phase, String status, boolean ready,
        int readyContainers, int containers, int restarts) implements KubeEvent {
}
