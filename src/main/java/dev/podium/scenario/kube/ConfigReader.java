package dev.podium.scenario.kube;

import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.ConfigMapManifest;
import dev.podium.world.kube.spec.ObjectMeta;
import dev.podium.world.kube.spec.SecretManifest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads v1 ConfigMap ({@code data}, {@code binaryData}) and v1 Secret ({@code type}, {@code data},
 * {@code stringData}). Keys must be what the API server accepts (letters, digits, '-', '_', '.'; at most 253);
 * binary values must be valid base64. A problem names the key's path but never a Secret value. Not thread-safe.
 */
final class ConfigReader {
    private static final Pattern KEY = Pattern.compile("[-._a-zA-Z0-9]+");

    private final ManifestFields f;

    ConfigReader(ManifestFields fields) {
        this.f = fields;
    }

    ConfigMapManifest configMap(YamlNode.Mapping doc, ObjectMeta meta) {
        Map<String, String> data = f.stringMap(doc, "data", "data");
        checkKeys(doc, "data");
        Map<String, String> binary = f.stringMap(doc, "binaryData", "binaryData");
        checkKeys(doc, "binaryData");
        YamlNode.Mapping binaryNode = f.optionalMap(doc, "binaryData", "binaryData");
        for (Map.Entry<String, String> e : binary.entrySet()) {
            decode(binaryNode, e.getKey(), e.getValue(), "binaryData");
            if (data.containsKey(e.getKey())) {
                f.problem(binaryNode.get(e.getKey()).keyWhere(), "binaryData." + e.getKey()
                        + ": the key is also in data; a ConfigMap key must be in only one of them");
            }
        }
        return meta == null ? null : new ConfigMapManifest(meta, data, binary);
    }

    SecretManifest secret(YamlNode.Mapping doc, ObjectMeta meta) {
        String type = f.string(doc, "type", "type", "Opaque");
        Map<String, byte[]> values = new LinkedHashMap<>();
        YamlNode.Mapping dataNode = f.optionalMap(doc, "data", "data");
        f.stringMap(doc, "data", "data").forEach((k, v) -> {
            byte[] bytes = decode(dataNode, k, v, "data");
            if (bytes != null) {
                values.put(k, bytes);
            }
        });
        checkKeys(doc, "data");
        f.stringMap(doc, "stringData", "stringData").forEach((k, v) -> values.put(k, v.getBytes(StandardCharsets.UTF_8)));
        checkKeys(doc, "stringData");
        return meta == null ? null : new SecretManifest(meta, type.isEmpty() ? "Opaque" : type, values);
    }

    private void checkKeys(YamlNode.Mapping doc, String field) {
        if (!(ManifestFields.field(doc, field) instanceof YamlNode.Mapping map)) {
            return;
        }
        for (YamlNode.Entry entry : map.entries().values()) {
            String key = entry.key();
            if (key.length() > 253 || !KEY.matcher(key).matches() || key.equals(".") || key.equals("..")) {
                f.problem(entry.keyWhere(), field + "." + key + ": not a valid key; use at most 253 letters, "
                        + "digits, '-', '_' or '.'");
            }
        }
    }

    /** The bytes of base64 {@code text}, or null after a problem (which never quotes the value). */
    private byte[] decode(YamlNode.Mapping map, String key, String text, String field) {
        try {
            return Base64.getMimeDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            f.problem(map.get(key).value().where(), field + "." + key + ": not valid base64 ("
                    + text.length() + " characters)");
            return null;
        }
    }
}
