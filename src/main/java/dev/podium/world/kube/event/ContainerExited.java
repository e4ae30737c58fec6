package dev.podium.world.kube.event;

/**
 * The container stopped: {@code reason} Completed (exit 0), Error, or Killed (by the kubelet).
 */
public record ContainerExited(long timeNanos, String pod, String container, int exitCode, String reason)
        implements KubeEvent {
}
