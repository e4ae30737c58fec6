package dev.podium.world.kube.traffic.event;

import java.util.List;

/**
 * Live mode: the watched cluster holds {@code ingress} (namespace/name), new or changed, with its {@code routes} as
 * text ({@code host/path Prefix → namespace/service:port}), replacing that Ingress's routes. One event per changed
 * Ingress.
 */
public record IngressObserved(long timeNanos, String ingress, List<String> routes) implements TrafficEvent {
    public IngressObserved {
        routes = List.copyOf(routes);
    }
}
