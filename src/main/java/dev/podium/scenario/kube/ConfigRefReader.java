package dev.podium.scenario.kube;

import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.ConfigRef;
import dev.podium.world.kube.spec.ConfigUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads where a pod spec's containers take ConfigMaps and Secrets from: {@code volumes} of type {@code configMap}
 * ({@code name}) or {@code secret} ({@code secretName}), optionally with {@code items}, mounted through
 * {@code volumeMounts} (with or without {@code subPath}); {@code env[].valueFrom.configMapKeyRef/secretKeyRef}; and
 * {@code envFrom[].configMapRef/secretRef} with an optional {@code prefix}. Other volume types and literal env values
 * are ignored. A mount naming no volume, a config volume or reference without a name, and a volume that is both a
 * configMap and a secret are problems. Problems go to the {@link ManifestFields} given. Not thread-safe.
 */
final class ConfigRefReader {
    private static final String VOLUME_EXAMPLE = "[{name: config, configMap: {name: app-config}}]";

    private final ManifestFields f;
    private final Set<String> claimVolumes;

    ConfigRefReader(ManifestFields fields) {
        this(fields, Set.of());
    }

    /** As above; {@code claimVolumes} are volumes a StatefulSet's volumeClaimTemplates give its pods. */
    ConfigRefReader(ManifestFields fields, Set<String> claimVolumes) {
        this.f = fields;
        this.claimVolumes = claimVolumes;
    }

    /** The ConfigMap and Secret references of the pod spec {@code spec} at {@code path}, containers in order. */
    List<ConfigRef> refs(YamlNode.Mapping spec, String path) {
        Map<String, String[]> volumes = volumes(spec, ManifestFields.path(path, "volumes"));
        List<ConfigRef> refs = new ArrayList<>();
        String containersPath = ManifestFields.path(path, "containers");
        List<YamlNode> containers = ManifestFields.field(spec, "containers") instanceof YamlNode.Sequence s
                ? s.items() : List.of();
        for (int i = 0; i < containers.size(); i++) {
            if (containers.get(i) instanceof YamlNode.Mapping c
                    && ManifestFields.field(c, "name") instanceof YamlNode.Scalar name) {
                String at = containersPath + "[" + i + "]";
                mounts(c, at, name.text(), volumes, refs);
                env(c, at, name.text(), refs);
                envFrom(c, at, name.text(), refs);
            }
        }
        return refs;
    }

    /** Volume name → {kind, object name, optional} for the configMap and secret volumes; other volumes → null. */
    private Map<String, String[]> volumes(YamlNode.Mapping spec, String path) {
        Map<String, String[]> out = new LinkedHashMap<>();
        List<YamlNode> items = f.optionalList(spec, "volumes", path, VOLUME_EXAMPLE);
        for (int i = 0; items != null && i < items.size(); i++) {
            String at = path + "[" + i + "]";
            YamlNode.Mapping v = f.mapping(at, items.get(i));
            String name = v == null ? null : f.requiredString(v, "name", at + ".name", "a volume name such as config");
            if (name == null) {
                continue;
            }
            YamlNode.Mapping cm = f.optionalMap(v, "configMap", at + ".configMap");
            YamlNode.Mapping secret = f.optionalMap(v, "secret", at + ".secret");
            if (cm != null && secret != null) {
                f.problem(v.where(), at + ": a volume has one source; this one has both configMap and secret");
            }
            String[] source = null;
            if (cm != null) {
                source = source(cm, "ConfigMap", "name", at + ".configMap");
            } else if (secret != null) {
                source = source(secret, "Secret", "secretName", at + ".secret");
            }
            out.put(name, source);
        }
        return out;
    }

    private String[] source(YamlNode.Mapping m, String kind, String nameKey, String path) {
        String name = f.requiredString(m, nameKey, path + "." + nameKey, "the " + kind + "'s name");
        boolean optional = f.flag(m, "optional", path + ".optional", false);
        f.optionalList(m, "items", path + ".items", "[{key: app.properties, path: app.properties}]");
        return name == null ? null : new String[] {kind, name, Boolean.toString(optional)};
    }

    private void mounts(YamlNode.Mapping c, String path, String container, Map<String, String[]> volumes,
                        List<ConfigRef> refs) {
        String at = path + ".volumeMounts";
        List<YamlNode> items = f.optionalList(c, "volumeMounts", at, "[{name: config, mountPath: /etc/app}]");
        for (int i = 0; items != null && i < items.size(); i++) {
            String itemAt = at + "[" + i + "]";
            YamlNode.Mapping m = f.mapping(itemAt, items.get(i));
            String name = m == null ? null : f.requiredString(m, "name", itemAt + ".name", "a volume's name");
            String mountPath = m == null ? null : f.requiredString(m, "mountPath", itemAt + ".mountPath",
                    "a path such as /etc/app");
            if (name == null || mountPath == null) {
                continue;
            }
            if (!volumes.containsKey(name) && claimVolumes.contains(name)) {
                continue;
            }
            if (!volumes.containsKey(name)) {
                f.problem(ManifestFields.field(m, "name").where(), itemAt + ".name: no volume '" + name
                        + "' in the pod's volumes" + (volumes.isEmpty() ? "" : "; it has "
                        + String.join(", ", volumes.keySet())));
                continue;
            }
            String[] source = volumes.get(name);
            if (source != null) {
                String subPath = f.string(m, "subPath", itemAt + ".subPath", "");
                refs.add(new ConfigRef(container, subPath.isEmpty() ? ConfigUse.VOLUME : ConfigUse.SUB_PATH,
                        source[0], source[1], mountPath, subPath, Boolean.parseBoolean(source[2])));
            }
        }
    }

    private void env(YamlNode.Mapping c, String path, String container, List<ConfigRef> refs) {
        String at = path + ".env";
        List<YamlNode> items = f.optionalList(c, "env", at, "[{name: LOG_LEVEL, value: info}]");
        for (int i = 0; items != null && i < items.size(); i++) {
            String itemAt = at + "[" + i + "]";
            YamlNode.Mapping e = f.mapping(itemAt, items.get(i));
            String name = e == null ? null : f.requiredString(e, "name", itemAt + ".name", "a variable name");
            YamlNode.Mapping from = e == null ? null : f.optionalMap(e, "valueFrom", itemAt + ".valueFrom");
            if (name == null || from == null) {
                continue;
            }
            YamlNode.Mapping cm = f.optionalMap(from, "configMapKeyRef", itemAt + ".valueFrom.configMapKeyRef");
            YamlNode.Mapping secret = f.optionalMap(from, "secretKeyRef", itemAt + ".valueFrom.secretKeyRef");
            YamlNode.Mapping ref = cm != null ? cm : secret;
            if (ref == null) {
                continue; // fieldRef, resourceFieldRef: not simulated
            }
            String refAt = itemAt + ".valueFrom." + (cm != null ? "configMapKeyRef" : "secretKeyRef");
            String object = f.requiredString(ref, "name", refAt + ".name", "the object's name");
            String key = f.requiredString(ref, "key", refAt + ".key", "a data key");
            if (object != null && key != null) {
                refs.add(new ConfigRef(container, ConfigUse.ENV, cm != null ? "ConfigMap" : "Secret", object, name,
                        key, f.flag(ref, "optional", refAt + ".optional", false)));
            }
        }
    }

    private void envFrom(YamlNode.Mapping c, String path, String container, List<ConfigRef> refs) {
        String at = path + ".envFrom";
        List<YamlNode> items = f.optionalList(c, "envFrom", at, "[{configMapRef: {name: app-config}}]");
        for (int i = 0; items != null && i < items.size(); i++) {
            String itemAt = at + "[" + i + "]";
            YamlNode.Mapping e = f.mapping(itemAt, items.get(i));
            YamlNode.Mapping cm = e == null ? null : f.optionalMap(e, "configMapRef", itemAt + ".configMapRef");
            YamlNode.Mapping secret = e == null ? null : f.optionalMap(e, "secretRef", itemAt + ".secretRef");
            if (e == null) {
                continue;
            }
            if ((cm == null) == (secret == null)) {
                f.problem(e.where(), itemAt + ": expected exactly one of configMapRef and secretRef");
                continue;
            }
            YamlNode.Mapping ref = cm != null ? cm : secret;
            String refAt = itemAt + (cm != null ? ".configMapRef" : ".secretRef");
            String object = f.requiredString(ref, "name", refAt + ".name", "the object's name");
            String prefix = f.string(e, "prefix", itemAt + ".prefix", "");
            if (object != null) {
                refs.add(new ConfigRef(container, ConfigUse.ENV, cm != null ? "ConfigMap" : "Secret", object,
                        "envFrom:" + prefix, "", f.flag(ref, "optional", refAt + ".optional", false)));
            }
        }
    }
}
