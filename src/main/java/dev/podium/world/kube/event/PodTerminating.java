package dev.podium.world.kube.event;

/**
 * The pod got a deletionTimestamp (kubectl shows Terminating); the kubelet has {@code graceNanos} to stop it.
 * {@code reason}: Deleted (user), ScaledDown (ReplicaSet), Evicted (taint manager), Drained.
 */
public record PodTerminating(long timeNanos, String pod, long graceNanos, String reason) implements KubeEvent {
}
