package dev.podium.scenario.kube;

import dev.podium.scenario.ScenarioProblem;
import dev.podium.world.kube.spec.KubeManifest;
import java.util.List;
import java.util.Objects;

/**
 * The Kubernetes objects read from a scenario's manifests, in the order they were written (inline manifests
 * first, then each manifest file in turn), with defaults applied; and the warnings about what was left out
 * (unsupported kinds, metrics Podium does not simulate), each located. Immutable.
 */
public record ManifestSet(List<KubeManifest> objects, List<ScenarioProblem> warnings) {

    /** Copies both lists (unmodifiable). */
    public ManifestSet {
        objects = List.copyOf(Objects.requireNonNull(objects, "objects"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /** No objects and no warnings. */
    public static ManifestSet empty() {
        return new ManifestSet(List.of(), List.of());
    }

    /** The objects of type {@code type}, in order. */
    public <T extends KubeManifest> List<T> objectsOf(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
