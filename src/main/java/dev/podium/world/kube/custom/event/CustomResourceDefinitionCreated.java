package dev.podium.world.kube.custom.event;

/**
 * A CustomResourceDefinition was created: the API server now serves {@code kind} as {@code apiVersion}, resource
 * {@code plural}, with {@code scope} Namespaced or Cluster.
 */
public record CustomResourceDefinitionCreated(long timeNanos, String crd, String kind, String apiVersion,
        String plural, String scope) implements CustomEvent {
}
