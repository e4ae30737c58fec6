package dev.podium.world.kube.traffic.event;

import java.util.List;

/**
 * Live mode: the Services and Ingresses the watched cluster holds now, replacing what was observed before. Like
 * {@link TrafficStarted} it names {@code services} (namespace/name, sorted) with their {@code serviceTypes}
 * ({@code ClusterIP}, {@code NodePort:30080}, ...), the {@code ingresses} and their {@code routes} as text
 * ({@code host/path Prefix → namespace/service:port}), but no client sends requests: podium only watches.
 */
public record ServicesObserved(long timeNanos, List<String> services, List<String> serviceTypes,
        List<String> ingresses, List<String> routes) implements TrafficEvent {
    public ServicesObserved {
        services = List.copyOf(services);
        serviceTypes = List.copyOf(serviceTypes);
        ingresses = List.copyOf(ingresses);
        routes = List.copyOf(routes);
    }
}
