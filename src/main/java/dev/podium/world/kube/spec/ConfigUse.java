package dev.podium.world.kube.spec;

/** How a container consumes a ConfigMap or Secret, which decides whether a running container ever sees an update. */
public enum ConfigUse {
    /** A configMap/secret volume (optionally with items): the kubelet rewrites its files at the pod's next sync. */
    VOLUME,
    /** env valueFrom configMapKeyRef/secretKeyRef, or envFrom: read once when the container is created. */
    ENV,
    /** A volume mount with subPath: a bind mount of one file, fixed when the container is created. */
    SUB_PATH;

    /** Whether an update ever reaches this use in a running container. */
    public boolean refreshed() {
        return this == VOLUME;
    }
}
