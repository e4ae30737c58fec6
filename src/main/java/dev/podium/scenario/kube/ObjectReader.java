package dev.podium.scenario.kube;

import dev.podium.scenario.Suggestions;
import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.ObjectMeta;
import java.util.List;
import java.util.Map;

/**
 * Reads one Kubernetes object (one YAML document, or one item of a v1 List): checks {@code apiVersion} and
 * {@code kind}, reads {@code metadata} and hands the rest to the reader for its kind.
 *
 * <p>Supported: v1 Pod, Node and Service; apps/v1 Deployment, ReplicaSet, StatefulSet and DaemonSet; batch/v1 Job;
 * autoscaling/v1 and autoscaling/v2 HorizontalPodAutoscaler; networking.k8s.io/v1 Ingress; v1 ConfigMap and Secret;
 * scheduling.k8s.io/v1 PriorityClass; apiextensions.k8s.io/v1
 * CustomResourceDefinition (objects of the kinds they register are read by {@link CustomObjectReader}). Any other kind, or a supported kind in
 * another API version, is a
 * warning that names it and is otherwise left out. Namespaced objects default to namespace "default"; nodes
 * have namespace "". Problems and warnings go to the {@link ManifestFields} given. Not thread-safe.
 */
final class ObjectReader {

    /** The supported kinds by apiVersion and kind, as written in manifests. */
    static final List<String> SUPPORTED = List.of("v1 Pod", "v1 Node", "v1 Service", "apps/v1 Deployment",
            "apps/v1 ReplicaSet", "autoscaling/v1 HorizontalPodAutoscaler", "autoscaling/v2 HorizontalPodAutoscaler",
            "networking.k8s.io/v1 Ingress", "v1 ConfigMap", "v1 Secret", "apiextensions.k8s.io/v1 CustomResourceDefinition",
            "apps/v1 StatefulSet", "apps/v1 DaemonSet", "batch/v1 Job", "scheduling.k8s.io/v1 PriorityClass");

    private static final List<String> KINDS = List.of("Pod", "Node", "Service", "Deployment", "ReplicaSet",
            "HorizontalPodAutoscaler", "Ingress", "ConfigMap", "Secret", "CustomResourceDefinition", "StatefulSet",
            "DaemonSet", "Job", "PriorityClass");
    private static final Map<String, String> API_VERSIONS = Map.ofEntries(Map.entry("Pod", "v1"),
            Map.entry("Node", "v1"), Map.entry("Service", "v1"), Map.entry("Deployment", "apps/v1"),
            Map.entry("ReplicaSet", "apps/v1"), Map.entry("HorizontalPodAutoscaler", "autoscaling/v2"),
            Map.entry("Ingress", "networking.k8s.io/v1"), Map.entry("ConfigMap", "v1"), Map.entry("Secret", "v1"),
            Map.entry("CustomResourceDefinition", "apiextensions.k8s.io/v1"), Map.entry("StatefulSet", "apps/v1"),
            Map.entry("DaemonSet", "apps/v1"), Map.entry("Job", "batch/v1"),
            Map.entry("PriorityClass", "scheduling.k8s.io/v1"));

    private final ManifestFields f;

    ObjectReader(ManifestFields fields) {
        this.f = fields;
    }

    /** True if {@code doc} names a built-in kind Podium reads (any apiVersion of it); false for custom kinds. */
    static boolean isBuiltIn(YamlNode.Mapping doc) {
        return ManifestFields.field(doc, "kind") instanceof YamlNode.Scalar kind && KINDS.contains(kind.text());
    }

    /** The object in {@code doc}, or null when it is not supported (a warning) or has problems. */
    KubeManifest read(YamlNode.Mapping doc) {
        String apiVersion = f.requiredString(doc, "apiVersion", "apiVersion", "an API version such as apps/v1");
        String kind = f.requiredString(doc, "kind", "kind", "a kind such as Deployment");
        if (apiVersion == null || kind == null) {
            return null;
        }
        if (!SUPPORTED.contains(apiVersion + " " + kind)) {
            warnUnsupported(doc, apiVersion, kind);
            return null;
        }
        boolean clusterScoped = kind.equals("Node") || kind.equals("CustomResourceDefinition")
                || kind.equals("PriorityClass");
        ObjectMeta meta = meta(doc, !clusterScoped, kind.equals("Service"));
        switch (kind) {
            case "Pod":
                return new WorkloadReader(f).pod(doc, meta);
            case "Deployment":
                return new WorkloadReader(f).deployment(doc, meta);
            case "ReplicaSet":
                return new WorkloadReader(f).replicaSet(doc, meta);
            case "StatefulSet":
                return new WorkloadReader(f).statefulSet(doc, meta);
            case "DaemonSet":
                return new WorkloadReader(f).daemonSet(doc, meta);
            case "Job":
                return new JobReader(f).job(doc, meta);
            case "Node":
                return new ClusterObjectReader(f).node(doc, meta);
            case "Service":
                return new ClusterObjectReader(f).service(doc, meta);
            case "Ingress":
                return new IngressReader(f).ingress(doc, meta);
            case "ConfigMap":
                return new ConfigReader(f).configMap(doc, meta);
            case "Secret":
                return new ConfigReader(f).secret(doc, meta);
            case "CustomResourceDefinition":
                return new CrdReader(f).crd(doc, meta);
            case "PriorityClass":
                return new PriorityClassReader(f).priorityClass(doc, meta);
            default:
                return new HpaReader(f).hpa(doc, meta, apiVersion.equals("autoscaling/v2"));
        }
    }

    private void warnUnsupported(YamlNode.Mapping doc, String apiVersion, String kind) {
        YamlNode.Mapping metadata = ManifestFields.field(doc, "metadata") instanceof YamlNode.Mapping m ? m : null;
        String name = ManifestFields.field(metadata, "name") instanceof YamlNode.Scalar s ? s.text() : "";
        String what = kind + " '" + name + "' (apiVersion " + apiVersion + ")";
        String hint;
        if (API_VERSIONS.containsKey(kind)) {
            hint = "; Podium reads " + kind + " in apiVersion " + API_VERSIONS.get(kind)
                    + (kind.equals("HorizontalPodAutoscaler") ? " or autoscaling/v1" : "");
        } else {
            hint = Suggestions.didYouMean(kind, KINDS) + "; Podium simulates " + String.join(", ", KINDS);
        }
        f.warning(ManifestFields.field(doc, "kind").where(), "unsupported kind " + what + " is ignored" + hint);
    }

    /** The object's metadata; null after problems. */
    ObjectMeta meta(YamlNode.Mapping doc, boolean namespaced, boolean nameIsLabel) {
        YamlNode.Mapping metadata = f.requiredMap(doc, "metadata", "metadata", "a map with a name, such as "
                + "{name: web}");
        if (metadata == null) {
            return null;
        }
        String name = f.requiredString(metadata, "name", "metadata.name", "a name such as web (generateName is "
                + "not supported)");
        if (name != null) {
            f.checkName(name, ManifestFields.field(metadata, "name"), "metadata.name", nameIsLabel);
        }
        String namespace = "";
        if (namespaced) {
            namespace = f.string(metadata, "namespace", "metadata.namespace", "default");
            if (namespace.isEmpty()) {
                namespace = "default";
            }
            f.checkName(namespace, ManifestFields.field(metadata, "namespace"), "metadata.namespace", true);
        }
        Map<String, String> labels = f.stringMap(metadata, "labels", "metadata.labels");
        Map<String, String> annotations = f.stringMap(metadata, "annotations", "metadata.annotations");
        return name == null ? null : new ObjectMeta(namespace, name, labels, annotations);
    }
}
