package dev.podium.scenario.kube;

import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.CrdManifest;
import dev.podium.world.kube.spec.CrdSchema;
import dev.podium.world.kube.spec.ObjectMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads apiextensions.k8s.io/v1 CustomResourceDefinitions: {@code spec.group}, {@code spec.names} (kind, plural,
 * singular), {@code spec.scope} and {@code spec.versions[]} (name, served, storage, schema.openAPIV3Schema). As the
 * API server validates: the name is {@code plural.group}, the kind is UpperCamelCase, the plural a DNS label, exactly
 * one version has {@code storage: true}. A version without a schema (which v1 requires) is accepted with a warning,
 * so that the seed guide's DBInstance example loads as written; its objects are then not checked. Not thread-safe.
 */
final class CrdReader {
    static final List<String> TYPES = List.of("object", "array", "string", "integer", "number", "boolean");
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private final ManifestFields f;

    CrdReader(ManifestFields fields) {
        this.f = fields;
    }

    /** The CRD, or null after problems. */
    CrdManifest crd(YamlNode.Mapping doc, ObjectMeta meta) {
        YamlNode.Mapping spec = f.requiredMap(doc, "spec", "spec", "a spec with group, names, scope and versions");
        if (spec == null) {
            return null;
        }
        String group = f.requiredString(spec, "group", "spec.group", "an API group such as example.com");
        YamlNode.Mapping names = f.requiredMap(spec, "names", "spec.names", "{plural: dbinstances, kind: "
                + "DBInstance}");
        String kind = names == null ? null : f.requiredString(names, "kind", "spec.names.kind", "a kind such as "
                + "DBInstance");
        String plural = names == null ? null : f.requiredString(names, "plural", "spec.names.plural",
                "a lower-case plural such as dbinstances");
        String singular = names == null ? "" : f.string(names, "singular", "spec.names.singular", "");
        if (kind != null && !KIND.matcher(kind).matches()) {
            f.problem(ManifestFields.field(names, "kind").where(), "spec.names.kind: '" + kind + "' must start "
                    + "with an upper-case letter and hold only letters and digits, such as DBInstance");
        }
        if (plural != null && !LABEL.matcher(plural).matches()) {
            f.problem(ManifestFields.field(names, "plural").where(), "spec.names.plural: '" + plural + "' must be "
                    + "lower-case letters, digits and '-', such as dbinstances");
        }
        String scope = null;
        if (ManifestFields.field(spec, "scope") == null) {
            f.missing(spec, "spec.scope", "Namespaced or Cluster");
        } else {
            scope = f.oneOf(spec, "scope", "spec.scope", List.of("Namespaced", "Cluster"), null);
        }
        if (meta != null && group != null && plural != null && !meta.name().equals(plural + "." + group)) {
            f.problem(doc.where(), "metadata.name: '" + meta.name() + "' must be spec.names.plural + '.' + "
                    + "spec.group, that is '" + plural + "." + group + "'");
        }
        Storage storage = versions(spec);
        if (meta == null || group == null || kind == null || plural == null || scope == null || storage == null
                || f.hasProblems()) {
            return null;
        }
        return new CrdManifest(meta, group, storage.name, kind, plural, singular, scope.equals("Namespaced"),
                storage.schema == null ? CrdSchema.any() : storage.schema, storage.schema != null);
    }

    private Storage versions(YamlNode.Mapping spec) {
        if (ManifestFields.field(spec, "versions") == null) {
            f.missing(spec, "spec.versions", "a list such as [{name: v1, served: true, storage: true}]");
            return null;
        }
        List<YamlNode> items = f.optionalList(spec, "versions", "spec.versions", "[{name: v1, served: true, "
                + "storage: true}]");
        if (items == null) {
            return null;
        }
        Storage storage = null;
        int storageCount = 0;
        for (int i = 0; i < items.size(); i++) {
            String path = "spec.versions[" + i + "]";
            YamlNode.Mapping v = f.mapping(path, items.get(i));
            if (v == null) {
                continue;
            }
            String name = f.requiredString(v, "name", path + ".name", "a version such as v1");
            f.flag(v, "served", path + ".served", true);
            boolean stored = f.flag(v, "storage", path + ".storage", false);
            YamlNode.Mapping schema = f.optionalMap(v, "schema", path + ".schema");
            YamlNode.Mapping open = schema == null ? null : f.requiredMap(schema, "openAPIV3Schema",
                    path + ".schema.openAPIV3Schema", "{type: object, properties: {...}}");
            if (schema == null) {
                f.warning(v.where(), path + ".schema: missing; apiextensions.k8s.io/v1 requires an "
                        + "openAPIV3Schema, so Podium accepts any fields in this version's objects");
            }
            CrdSchema read = open == null ? null : schema(open, path + ".schema.openAPIV3Schema", 0);
            if (stored) {
                storageCount++;
                storage = name == null ? null : new Storage(name, read);
            }
        }
        if (storageCount != 1) {
            f.problem(ManifestFields.field(spec, "versions").where(), "spec.versions: exactly one version must have "
                    + "storage: true, found " + storageCount);
            return null;
        }
        return storage;
    }

    private CrdSchema schema(YamlNode.Mapping node, String path, int depth) {
        String type = "";
        if (ManifestFields.field(node, "type") != null) {
            type = f.oneOf(node, "type", path + ".type", TYPES, "");
        }
        Map<String, CrdSchema> properties = new LinkedHashMap<>();
        YamlNode.Mapping props = f.optionalMap(node, "properties", path + ".properties");
        if (props != null && depth < 16) {
            for (YamlNode.Entry e : props.entries().values()) {
                YamlNode.Mapping child = f.mapping(path + ".properties." + e.key(), e.value());
                if (child != null) {
                    properties.put(e.key(), schema(child, path + ".properties." + e.key(), depth + 1));
                }
            }
        }
        List<String> required = strings(node, "required", path + ".required");
        for (String r : required) {
            if (!properties.containsKey(r)) {
                f.problem(ManifestFields.field(node, "required").where(), path + ".required: '" + r + "' is not "
                        + "one of the properties" + (properties.isEmpty() ? "" : " (" + String.join(", ",
                        properties.keySet()) + ")"));
            }
        }
        YamlNode.Mapping items = f.optionalMap(node, "items", path + ".items");
        if (type.equals("array") && items == null) {
            f.missing(node, path + ".items", "the schema of the array's items, such as {type: string}");
        }
        CrdSchema itemSchema = items == null || depth >= 16 ? null : schema(items, path + ".items", depth + 1);
        Double min = number(node, "minimum", path + ".minimum");
        Double max = number(node, "maximum", path + ".maximum");
        boolean preserve = f.flag(node, "x-kubernetes-preserve-unknown-fields",
                path + ".x-kubernetes-preserve-unknown-fields", false);
        return new CrdSchema(type, properties, required, itemSchema, strings(node, "enum", path + ".enum"), min, max,
                preserve);
    }

    private List<String> strings(YamlNode.Mapping node, String key, String path) {
        List<String> out = new ArrayList<>();
        List<YamlNode> items = f.optionalList(node, key, path, "[a, b]");
        for (int i = 0; items != null && i < items.size(); i++) {
            if (items.get(i) instanceof YamlNode.Scalar s && s.text() != null) {
                out.add(s.text());
            } else {
                f.problem(items.get(i).where(), path + "[" + i + "]: expected text, found " + items.get(i).kind());
            }
        }
        return out;
    }

    private Double number(YamlNode.Mapping node, String key, String path) {
        YamlNode value = ManifestFields.field(node, key);
        if (value == null) {
            return null;
        }
        if (value instanceof YamlNode.Scalar s && SchemaCheck.isNumber(s.text())) {
            return Double.parseDouble(s.text());
        }
        f.problem(value.where(), path + ": expected a number, found " + value.kind());
        return null;
    }

    private record Storage(String name, CrdSchema schema) {
    }
}
