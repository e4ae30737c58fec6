package dev.podium.world.kube.event;

/**
 * The Service was removed; the endpoints controller then deletes its endpoints and kube-proxies drop its rules, so
 * requests to it fail. The pods it selected keep running.
 */
public record ServiceDeleted(long timeNanos, String service) implements KubeEvent {
}
