package dev.podium.world.kube.spec;

/**
 * An apiextensions.k8s.io/v1 CustomResourceDefinition: it registers {@code resourceKind} (resource {@code plural}) in
 * {@code group} at its storage {@code version}. Cluster-scoped ({@code meta().namespace()} is ""), named
 * {@code plural.group}.
 *
 * @param namespaced scope Namespaced (true) or Cluster (false)
 * @param schema the storage version's openAPIV3Schema, or {@link CrdSchema#any()} when the manifest had none
 * @param hasSchema false when the manifest gave no schema (the API server would refuse that in v1)
 */
public record CrdManifest(ObjectMeta meta, String group, String version, String resourceKind, String plural,
        String singular, boolean namespaced, CrdSchema schema, boolean hasSchema) implements KubeManifest {

    /** {@code group/version}, as custom objects write their apiVersion. */
    public String apiVersion() {
        return group + "/" + version;
    }

    @Override
    public String kind() {
        return "CustomResourceDefinition";
    }
}
