package dev.podium.world.kube.event;

/**
 * The kubelet began pulling {@code image} for {@code pod} (kubectl event Pulling).
 */
public record ImagePullStarted(long timeNanos, String node, String pod, String image) implements KubeEvent {
}
