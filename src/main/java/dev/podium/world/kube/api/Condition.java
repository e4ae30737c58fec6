package dev.podium.world.kube.api;

/** One entry of an object's {@code status.conditions}: type, status (True, False, Unknown), reason, message. */
public record Condition(String type, String status, String reason, String message) {
}
