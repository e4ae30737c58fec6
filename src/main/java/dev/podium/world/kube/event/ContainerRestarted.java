package dev.podium.world.kube.event;

/**
 * The kubelet started the container again {@code backoffNanos} after it exited (0 for the first restart, then
 * 10 s, 20 s, 40 s ... 300 s: the CrashLoopBackOff delay).
 */
public record ContainerRestarted(long timeNanos, String pod, String container, int restartCount, long backoffNanos)
        implements KubeEvent {
}
