package dev.podium.scenario.kube;

import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.HpaManifest;
import dev.podium.world.kube.spec.ObjectMeta;
import java.util.List;

/**
 * Reads autoscaling/v1 and autoscaling/v2 HorizontalPodAutoscalers into an {@link HpaManifest}.
 *
 * <p>v1: {@code targetCPUUtilizationPercentage}, 80 when absent. v2: the one metric Podium simulates,
 * {@code {type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: N}}}}; with no
 * metrics at all the API's default, 80% CPU, applies. Other metrics are warnings and are left out; an HPA with
 * metrics but none that Podium simulates is read with a warning and a target of 0 %, which means "no metric": it
 * keeps its current replicas (clamped to min..max), as a real HPA does when its metrics are unavailable, since
 * scaling it on CPU would not be what was written.
 * {@code behavior.scaleUp/scaleDown.stabilizationWindowSeconds} default to 0 and 300 (v1 always uses those);
 * scaling policies are ignored. {@code minReplicas} defaults to 1 and may not exceed {@code maxReplicas}. The
 * target must be a Deployment or ReplicaSet. Problems go to the {@link ManifestFields} given. Not thread-safe.
 */
final class HpaReader {

    static final int DEFAULT_CPU_PERCENT = 80;
    /** The target of an HPA none of whose metrics is simulated: it holds its replicas ({@link HpaManifest}). */
    static final int NO_SIMULATED_METRIC = 0;
    static final int DEFAULT_SCALE_DOWN_WINDOW_SECONDS = 300;

    private static final long SECOND = 1_000_000_000L;
    private static final int MAX_WINDOW_SECONDS = 3600;

    private final ManifestFields f;

    HpaReader(ManifestFields fields) {
        this.f = fields;
    }

    /** The HPA in {@code doc}, read as autoscaling/v2 when {@code v2}, else v1; null after problems. */
    HpaManifest hpa(YamlNode.Mapping doc, ObjectMeta meta, boolean v2) {
        YamlNode.Mapping spec = f.requiredMap(doc, "spec", "spec", "a spec with scaleTargetRef and "
                + "maxReplicas");
        if (spec == null) {
            return null;
        }
        YamlNode.Mapping target = f.requiredMap(spec, "scaleTargetRef", "spec.scaleTargetRef",
                "{apiVersion: apps/v1, kind: Deployment, name: web}");
        String kind = target == null ? null : f.requiredString(target, "kind", "spec.scaleTargetRef.kind",
                "Deployment or ReplicaSet");
        String name = target == null ? null : f.requiredString(target, "name", "spec.scaleTargetRef.name",
                "the name of the Deployment");
        if (kind != null && !kind.equals("Deployment") && !kind.equals("ReplicaSet")) {
            f.problem(ManifestFields.field(target, "kind").where(), "spec.scaleTargetRef.kind: Podium scales a "
                    + "Deployment or a ReplicaSet, not a " + kind);
            kind = null;
        }
        int min = f.wholeNumber(spec, "minReplicas", "spec.minReplicas", 1, 1, Integer.MAX_VALUE);
        int max = 0;
        if (ManifestFields.field(spec, "maxReplicas") == null) {
            f.missing(spec, "spec.maxReplicas", "the most replicas, such as 10");
        } else {
            max = f.wholeNumber(spec, "maxReplicas", "spec.maxReplicas", 0, 1, Integer.MAX_VALUE);
            if (max > 0 && max < min) {
                f.problem(ManifestFields.field(spec, "maxReplicas").where(), "spec.maxReplicas: " + max
                        + " is less than spec.minReplicas (" + min + ")");
            }
        }
        int cpu = v2 ? v2Cpu(spec) : f.wholeNumber(spec, "targetCPUUtilizationPercentage",
                "spec.targetCPUUtilizationPercentage", DEFAULT_CPU_PERCENT, 1, Integer.MAX_VALUE);
        YamlNode.Mapping behavior = v2 ? f.optionalMap(spec, "behavior", "spec.behavior") : null;
        int up = window(behavior, "scaleUp", 0);
        int down = window(behavior, "scaleDown", DEFAULT_SCALE_DOWN_WINDOW_SECONDS);
        if (meta == null || kind == null || name == null || max < min || cpu < 0) {
            return null;
        }
        return new HpaManifest(meta, kind, name, min, max, cpu, up * SECOND, down * SECOND);
    }

    private int window(YamlNode.Mapping behavior, String direction, int fallback) {
        String path = "spec.behavior." + direction;
        YamlNode.Mapping rules = f.optionalMap(behavior, direction, path);
        return f.wholeNumber(rules, "stabilizationWindowSeconds", path + ".stabilizationWindowSeconds", fallback, 0,
                MAX_WINDOW_SECONDS);
    }

    /** The CPU utilisation target of a v2 spec; 80 without metrics; 0 with no simulated metric; -1 after a problem. */
    private int v2Cpu(YamlNode.Mapping spec) {
        List<YamlNode> metrics = f.optionalList(spec, "metrics", "spec.metrics", "[{type: Resource, resource: "
                + "{name: cpu, target: {type: Utilization, averageUtilization: 50}}}]");
        if (metrics == null) {
            return -1;
        }
        if (metrics.isEmpty()) {
            return DEFAULT_CPU_PERCENT;
        }
        int cpu = NO_SIMULATED_METRIC;
        boolean failed = false;
        for (int i = 0; i < metrics.size(); i++) {
            String path = "spec.metrics[" + i + "]";
            YamlNode.Mapping metric = f.mapping(path, metrics.get(i));
            if (metric == null) {
                failed = true;
                continue;
            }
            String type = f.requiredString(metric, "type", path + ".type", "a type such as Resource");
            YamlNode.Mapping resource = f.optionalMap(metric, "resource", path + ".resource");
            YamlNode.Mapping target = f.optionalMap(resource, "target", path + ".resource.target");
            String name = f.string(resource, "name", path + ".resource.name", "");
            String targetType = f.string(target, "type", path + ".resource.target.type", "");
            if (!"Resource".equals(type) || !"cpu".equals(name) || !"Utilization".equals(targetType)) {
                if (type != null) {
                    f.warning(metric.where(), path + ": only {type: Resource, resource: {name: cpu, target: {type: "
                            + "Utilization}}} is simulated; this " + type + " metric"
                            + (name.isEmpty() ? "" : " on " + name) + " is ignored");
                }
                continue;
            }
            if (ManifestFields.field(target, "averageUtilization") == null) {
                f.missing(target, path + ".resource.target.averageUtilization", "a percentage of the "
                        + "requests, such as 50");
                failed = true;
                continue;
            }
            cpu = f.wholeNumber(target, "averageUtilization", path + ".resource.target.averageUtilization", 0, 1,
                    Integer.MAX_VALUE);
            failed = failed || cpu == 0;
        }
        if (failed) {
            return -1;
        }
        if (cpu == NO_SIMULATED_METRIC) {
            f.warning(ManifestFields.field(spec, "metrics").where(), "spec.metrics: no metric here is one Podium "
                    + "simulates (CPU utilisation), so this HPA keeps its current replicas within minReplicas.."
                    + "maxReplicas, as an HPA does when its metrics are unavailable");
        }
        return cpu;
    }
}
