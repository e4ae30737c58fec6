package dev.podium.world.kube.event;

/**
 * The informer's watch ended ({@code reason}, e.g. 410 Gone); the reflector relists after {@code backoffNanos}.
 */
public record WatchDropped(long timeNanos, String informer, String reason, long backoffNanos) implements KubeEvent {
}
