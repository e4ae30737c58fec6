package dev.podium.scenario.kube;

import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.CrdManifest;
import dev.podium.world.kube.spec.CustomManifest;
import dev.podium.world.kube.spec.ObjectMeta;
import java.util.SortedMap;

/**
 * Reads an object of a kind that a CustomResourceDefinition in the same manifests registered: its apiVersion must be
 * the CRD's {@code group/version}, its metadata follows the CRD's scope, and its fields are checked against the CRD's
 * schema by {@link SchemaCheck}. {@code status} is the controller's, so a manifest's status is ignored, as the API
 * server ignores it on create when the status subresource is on. Not thread-safe.
 */
final class CustomObjectReader {
    private final ManifestFields f;

    CustomObjectReader(ManifestFields fields) {
        this.f = fields;
    }

    /** The object, or null after problems. */
    CustomManifest read(YamlNode.Mapping doc, CrdManifest crd) {
        String apiVersion = f.requiredString(doc, "apiVersion", "apiVersion", crd.apiVersion());
        if (apiVersion != null && !apiVersion.equals(crd.apiVersion())) {
            f.problem(ManifestFields.field(doc, "apiVersion").where(), "apiVersion: " + crd.resourceKind() + " is served as "
                    + crd.apiVersion() + " by CustomResourceDefinition " + crd.meta().name() + ", not " + apiVersion);
        }
        ObjectMeta meta = new ObjectReader(f).meta(doc, crd.namespaced(), false);
        SortedMap<String, Object> fields = new SchemaCheck(f).object(doc, crd.schema(), "", "apiVersion", "kind",
                "metadata", "status");
        if (meta == null || f.hasProblems()) {
            return null;
        }
        return new CustomManifest(meta, crd.apiVersion(), crd.resourceKind(), fields);
    }
}
