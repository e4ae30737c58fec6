package dev.podium.world.kube.spec;

/** A bare v1 Pod. */
public record PodManifest(ObjectMeta meta, PodSpec spec) implements KubeManifest {
}
