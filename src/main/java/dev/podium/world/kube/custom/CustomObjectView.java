package dev.podium.world.kube.custom;

import java.util.List;

/**
 * A custom object (or Secret) as the views show it at one time: kind, key, its spec in one line, finalizers,
 * whether it is being deleted (and with which propagation), its status conditions as {@code Type=Status (Reason)}
 * and its controller owner ({@code Kind namespace/name}, or ""). Immutable.
 */
public record CustomObjectView(String kind, String key, String summary, List<String> finalizers, boolean deleting,
        String propagation, List<String> conditions, String owner) {
    public CustomObjectView {
        finalizers = List.copyOf(finalizers);
        conditions = List.copyOf(conditions);
    }
}
