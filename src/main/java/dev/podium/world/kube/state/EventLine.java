package dev.podium.world.kube.state;

/** One line of kubectl get events: TYPE (Normal/Warning), REASON, OBJECT, MESSAGE. */
public record EventLine(long timeNanos, String type, String reason, String object, String message) {
}
