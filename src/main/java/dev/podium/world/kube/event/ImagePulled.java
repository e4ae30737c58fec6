package dev.podium.world.kube.event;

/**
 * The image is now on the node (kubectl event Pulled); later pods on this node skip the pull.
 */
public record ImagePulled(long timeNanos, String node, String pod, String image, long durationNanos)
        implements KubeEvent {
}
