package dev.podium.world.kube.event;

/**
 * The taint-eviction controller deleted the pod because it stopped tolerating {@code taint} after
 * {@code toleratedNanos} (its tolerationSeconds, 300 s by default).
 */
public record PodEvicted(long timeNanos, String pod, String node, String taint, long toleratedNanos)
        implements KubeEvent {
}
