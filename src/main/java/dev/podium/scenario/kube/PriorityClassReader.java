package dev.podium.scenario.kube;

import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.ObjectMeta;
import dev.podium.world.kube.spec.PriorityClassManifest;
import java.util.List;

/**
 * Reads scheduling.k8s.io/v1 PriorityClasses: {@code value} (required; user classes at most one billion, as the API
 * server's HighestUserDefinablePriority), {@code globalDefault} (false) and {@code preemptionPolicy}
 * (PreemptLowerPriority or Never). The names {@code system-*} are the API server's own classes. Problems go to the
 * {@link ManifestFields} given. Not thread-safe.
 */
final class PriorityClassReader {
    /** HighestUserDefinablePriority. */
    static final int MAX_USER_VALUE = 1_000_000_000;
    static final List<String> POLICIES = List.of("PreemptLowerPriority", "Never");

    private final ManifestFields f;

    PriorityClassReader(ManifestFields fields) {
        this.f = fields;
    }

    /** A PriorityClass, or null after problems. */
    PriorityClassManifest priorityClass(YamlNode.Mapping doc, ObjectMeta meta) {
        if (ManifestFields.field(doc, "value") == null) {
            f.missing(doc, "value", "a whole number such as 1000 (higher values schedule first)");
        }
        int value = f.wholeNumber(doc, "value", "value", 0, -2_147_483_648, MAX_USER_VALUE);
        boolean globalDefault = f.flag(doc, "globalDefault", "globalDefault", false);
        String policy = f.oneOf(doc, "preemptionPolicy", "preemptionPolicy", POLICIES, "PreemptLowerPriority");
        if (meta != null && meta.name().startsWith("system-")) {
            f.problem(ManifestFields.field(doc, "metadata").where(), "metadata.name: '" + meta.name() + "': the "
                    + "prefix system- is reserved for the API server's own classes (system-cluster-critical, "
                    + "system-node-critical)");
        }
        return meta == null ? null : new PriorityClassManifest(meta, value, globalDefault, policy);
    }
}
