package dev.podium.world.kube.event;

/**
 * The pull failed (ErrImagePull); the next attempt waits {@code backoffNanos} (ImagePullBackOff).
 */
public record ImagePullFailed(long timeNanos, String node, String pod, String image, long backoffNanos)
        implements KubeEvent {
}
