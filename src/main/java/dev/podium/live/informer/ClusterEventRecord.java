package dev.podium.live.informer;

/**
 * What we keep of a core/v1 Event about a pod: its reason, the pod (namespace/name), the container named by the
 * field path ("" if none), the reporting node, the image quoted in a pull message ("" if none), the probe kind of
 * an Unhealthy message, and the count. Never the free-text message itself. Immutable.
 */
record ClusterEventRecord(String key, String reason, String pod, String container, String node, String image,
        String probe, int count) implements LiveRecord {
}
