package dev.podium.world.kube.config.event;

/**
 * The kubelet created container {@code container} of {@code pod} and filled one of its uses of a ConfigMap or
 * Secret: {@code use} is VOLUME, ENV or SUB_PATH, {@code object} is {@code Kind name}, {@code target} the mount path
 * or variable ({@code envFrom:<prefix>} for envFrom), {@code key} the data key ("" for all), {@code version} the
 * object's version it now holds (0 when the object does not exist and the reference is optional).
 */
public record ConfigLoaded(long timeNanos, String pod, String container, String use, String object, String target,
        String key, int version) implements ConfigEvent {
}
