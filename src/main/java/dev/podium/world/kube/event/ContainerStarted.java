package dev.podium.world.kube.event;

/**
 * The container is running (kubectl event Started).
 */
public record ContainerStarted(long timeNanos, String pod, String container, int restartCount) implements KubeEvent {
}
