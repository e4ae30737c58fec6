package dev.podium.scenario.kube;

import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.CrdSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks a custom object's fields against its CRD's {@link CrdSchema} as the API server's validation does (types,
 * required properties, enum, minimum and maximum) and turns them into plain values. Each mismatch is a problem at
 * the value's {@code file:line:column}. Fields the schema does not declare are pruned, as the API server does with a
 * structural schema, and named in one warning each; {@code x-kubernetes-preserve-unknown-fields} keeps them.
 *
 * <p>YAML scalars are judged by their text (the reader does not keep quotes): any scalar is valid text, an integer
 * is {@code -?[0-9]+}, a boolean {@code true} or {@code false}. Not thread-safe.
 */
final class SchemaCheck {
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private final ManifestFields f;

    SchemaCheck(ManifestFields fields) {
        this.f = fields;
    }

    static boolean isNumber(String text) {
        return text != null && NUMBER.matcher(text).matches();
    }

    /** The plain value of {@code node} checked against {@code schema}, or null after a problem or when pruned. */
    Object value(YamlNode node, CrdSchema schema, String path) {
        switch (schema.type()) {
            case "object":
                return node instanceof YamlNode.Mapping m ? object(m, schema, path) : wrong(node, path, "a map");
            case "array":
                return node instanceof YamlNode.Sequence s ? array(s, schema, path) : wrong(node, path, "a list");
            case "":
                return untyped(node, schema, path);
            default:
                return scalar(node, schema, path);
        }
    }

    /** The fields of {@code map} (an object node) checked against {@code schema}, skipping {@code skipped} keys. */
    SortedMap<String, Object> object(YamlNode.Mapping map, CrdSchema schema, String path, String... skipped) {
        SortedMap<String, Object> out = new TreeMap<>();
        for (YamlNode.Entry e : map.entries().values()) {
            if (List.of(skipped).contains(e.key())) {
                continue;
            }
            String child = ManifestFields.path(path, e.key());
            CrdSchema declared = schema.properties().get(e.key());
            if (declared == null && !schema.preserveUnknownFields()) {
                f.warning(e.keyWhere(), child + ": unknown field, pruned as the API server would (the CRD's schema "
                        + "does not declare it)");
                continue;
            }
            Object v = ManifestFields.field(map, e.key()) == null ? null
                    : value(e.value(), declared == null ? CrdSchema.any() : declared, child);
            if (v != null) {
                out.put(e.key(), v);
            }
        }
        for (String r : schema.required()) {
            if (ManifestFields.field(map, r) == null) {
                f.missing(map, ManifestFields.path(path, r), "a value (the CRD's schema requires it)");
            }
        }
        return out;
    }

    private List<Object> array(YamlNode.Sequence seq, CrdSchema schema, String path) {
        List<Object> out = new ArrayList<>();
        CrdSchema items = schema.items() == null ? CrdSchema.any() : schema.items();
        for (int i = 0; i < seq.items().size(); i++) {
            Object v = value(seq.items().get(i), items, path + "[" + i + "]");
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private Object untyped(YamlNode node, CrdSchema schema, String path) {
        if (node instanceof YamlNode.Mapping m) {
            return object(m, schema, path);
        }
        if (node instanceof YamlNode.Sequence s) {
            return array(s, schema, path);
        }
        return plain(((YamlNode.Scalar) node).text());
    }

    private Object scalar(YamlNode node, CrdSchema schema, String path) {
        if (!(node instanceof YamlNode.Scalar s) || s.text() == null) {
            return wrong(node, path, expected(schema.type()));
        }
        String text = s.text();
        Object value;
        switch (schema.type()) {
            case "integer":
                value = INTEGER.matcher(text).matches() ? Long.parseLong(text) : null;
                break;
            case "number":
                value = isNumber(text) ? Double.parseDouble(text) : null;
                break;
            case "boolean":
                value = text.equals("true") || text.equals("false") ? Boolean.parseBoolean(text) : null;
                break;
            default:
                value = text;
        }
        if (value == null) {
            return wrong(node, path, expected(schema.type()));
        }
        if (!schema.enumValues().isEmpty() && !schema.enumValues().contains(text)) {
            f.problem(node.where(), path + ": '" + text + "' is not allowed; expected one of: "
                    + String.join(", ", schema.enumValues()));
            return null;
        }
        if (value instanceof Number n && (schema.minimum() != null && n.doubleValue() < schema.minimum()
                || schema.maximum() != null && n.doubleValue() > schema.maximum())) {
            f.problem(node.where(), path + ": " + text + " is out of range; expected " + range(schema));
            return null;
        }
        return value;
    }

    private static String range(CrdSchema schema) {
        if (schema.minimum() != null && schema.maximum() != null) {
            return "from " + show(schema.minimum()) + " to " + show(schema.maximum());
        }
        return schema.minimum() != null ? "at least " + show(schema.minimum()) : "at most " + show(schema.maximum());
    }

    private static String show(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String expected(String type) {
        switch (type) {
            case "integer":
                return "an integer";
            case "number":
                return "a number";
            case "boolean":
                return "true or false";
            default:
                return "text";
        }
    }

    private Object wrong(YamlNode node, String path, String expected) {
        f.problem(node.where(), path + ": expected " + expected + " (the CRD's schema says so), found "
                + node.kind());
        return null;
    }

    private static Object plain(String text) {
        if (text == null) {
            return "";
        }
        if (INTEGER.matcher(text).matches()) {
            return Long.parseLong(text);
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        return text;
    }
}
