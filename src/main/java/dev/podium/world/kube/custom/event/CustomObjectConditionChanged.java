package dev.podium.world.kube.custom.event;

/** A controller wrote a status condition of a custom object: type, status True/False/Unknown, reason, message. */
public record CustomObjectConditionChanged(long timeNanos, String kind, String object, String condition,
        String status, String reason, String message) implements CustomEvent {
}
