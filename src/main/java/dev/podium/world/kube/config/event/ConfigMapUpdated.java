package dev.podium.world.kube.config.event;

/**
 * The ConfigMap {@code configMap} ({@code namespace/name}) was updated to {@code version} (1 as created): its data
 * key {@code dataKey} now holds {@code sizeBytes} bytes. The value itself is never recorded.
 */
public record ConfigMapUpdated(long timeNanos, String configMap, int version, String dataKey, int sizeBytes)
        implements ConfigEvent {
}
