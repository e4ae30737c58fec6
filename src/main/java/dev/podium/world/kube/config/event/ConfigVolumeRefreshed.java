package dev.podium.world.kube.config.event;

/**
 * At its periodic sync the kubelet rewrote the projected files of {@code object} ({@code Kind name}) in
 * {@code pod}'s volumes: they now hold {@code version}, {@code waitedNanos} after the update was written. Env
 * variables and subPath mounts of the same object are not touched.
 */
public record ConfigVolumeRefreshed(long timeNanos, String pod, String object, int version, long waitedNanos)
        implements ConfigEvent {
}
