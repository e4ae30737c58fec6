package dev.podium.world.kube.custom.event;

import java.util.List;

/** The finalizers of a custom object changed; {@code finalizers} is the new list (maybe empty). */
public record CustomObjectFinalizersChanged(long timeNanos, String kind, String object, List<String> finalizers)
        implements CustomEvent {
    public CustomObjectFinalizersChanged {
        finalizers = List.copyOf(finalizers);
    }
}
