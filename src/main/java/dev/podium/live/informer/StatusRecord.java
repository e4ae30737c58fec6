package dev.podium.live.informer;

import java.util.List;

/**
 * What we keep of a live object listed generically (a StatefulSet, DaemonSet or Job, or any custom resource): its
 * kind, key, a one-line summary of its counts or creation time, and its status conditions. Immutable.
 */
record StatusRecord(String kind, String key, String summary, List<Condition> conditions) implements LiveRecord {
    StatusRecord {
        conditions = List.copyOf(conditions);
    }

    /** One status condition: type, status True/False/Unknown, reason and message ("" when unset). */
    record Condition(String type, String status, String reason, String message) {
    }
}
