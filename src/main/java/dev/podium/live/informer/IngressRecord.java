package dev.podium.live.informer;

import java.util.List;

/**
 * What we keep of a live networking.k8s.io/v1 Ingress: its rules as the traffic view writes them
 * ({@code host/path Prefix → namespace/service:port}, a default backend as {@code * default → ...}). Immutable.
 */
record IngressRecord(String key, List<String> routes) implements LiveRecord {
    IngressRecord {
        routes = List.copyOf(routes);
    }
}
