package dev.podium.live.informer;

import java.util.Objects;

/**
 * One informer's health, a snapshot taken by {@link LiveSession#status()}. {@code informer} is the name used in
 * the events ({@code podium/pods}); {@code scope} is {@code "all namespaces"}, a namespace, or {@code "cluster"};
 * {@code lastEventAgeNanos} is the wall time since its last callback (-1 if none yet); {@code message} says why it
 * is not watching (redacted), or is empty. Immutable.
 */
public record InformerStatus(String informer, String kind, String scope, InformerState state, long items,
        long lastEventAgeNanos, String message) {

    /** Checks the parts are present. */
    public InformerStatus {
        Objects.requireNonNull(informer, "informer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
    }
}
