package dev.podium.world.kube.config.event;

/**
 * The Deployment {@code deployment} gets a new pod-template annotation because ConfigMap {@code configMap} changed
 * to {@code version}, so it rolls out new pods that read the new version into env and subPath too: by a
 * {@code checksum/config} annotation written with the update ({@code reloader} false), or by the Reloader
 * controller watching a Deployment annotated {@code reloader.stakater.com/auto: "true"} ({@code reloader} true).
 */
public record ConfigRollout(long timeNanos, String deployment, String configMap, int version, boolean reloader)
        implements ConfigEvent {
}
