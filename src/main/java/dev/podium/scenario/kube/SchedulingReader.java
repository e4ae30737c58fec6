package dev.podium.scenario.kube;

import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.AffinityTerm;
import dev.podium.world.kube.spec.LabelSelector;
import dev.podium.world.kube.spec.SchedulingSpec;
import dev.podium.world.kube.spec.SpreadConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the scheduling parts of a v1 PodSpec into a {@link SchedulingSpec}: {@code priorityClassName},
 * {@code preemptionPolicy}, {@code topologySpreadConstraints} (maxSkew ≥ 1, topologyKey, whenUnsatisfiable
 * DoNotSchedule or ScheduleAnyway, a labelSelector, minDomains ≥ 1 with DoNotSchedule only),
 * {@code affinity.podAffinity} and {@code affinity.podAntiAffinity} (requiredDuringSchedulingIgnoredDuringExecution
 * terms and preferred ones with a weight 1..100, each with a topologyKey and a labelSelector). A labelSelector has
 * matchLabels and matchExpressions (key, operator In, NotIn, Exists or DoesNotExist, values: some for In and NotIn,
 * none for the others). Fields the scheduler here does not simulate (a term's namespaces, namespaceSelector,
 * matchLabelKeys, mismatchLabelKeys; a constraint's nodeAffinityPolicy, nodeTaintsPolicy, matchLabelKeys;
 * nodeAffinity) get a warning at their place and are ignored. Problems go to the {@link ManifestFields} given. Not
 * thread-safe.
 */
final class SchedulingReader {
    private static final List<String> WHEN = List.of("DoNotSchedule", "ScheduleAnyway");
    private static final String SELECTOR_EXAMPLE = "{matchLabels: {app: web}}";

    private final ManifestFields f;
    private final SelectorReader selectors;

    SchedulingReader(ManifestFields fields) {
        this.f = fields;
        this.selectors = new SelectorReader(fields);
    }

    SchedulingSpec scheduling(YamlNode.Mapping spec, String path) {
        String className = f.string(spec, "priorityClassName", ManifestFields.path(path, "priorityClassName"), "");
        String policy = f.oneOf(spec, "preemptionPolicy", ManifestFields.path(path, "preemptionPolicy"),
                PriorityClassReader.POLICIES, "");
        List<SpreadConstraint> spread = spread(spec, ManifestFields.path(path, "topologySpreadConstraints"));
        String antiPath = ManifestFields.path(path, "affinity.podAntiAffinity");
        YamlNode.Mapping affinity = f.optionalMap(spec, "affinity", ManifestFields.path(path, "affinity"));
        YamlNode.Mapping anti = f.optionalMap(affinity, "podAntiAffinity", antiPath);
        List<AffinityTerm> required = terms(anti, "requiredDuringSchedulingIgnoredDuringExecution", antiPath, false);
        List<AffinityTerm> preferred = terms(anti, "preferredDuringSchedulingIgnoredDuringExecution", antiPath, true);
        String withPath = ManifestFields.path(path, "affinity.podAffinity");
        YamlNode.Mapping with = f.optionalMap(affinity, "podAffinity", withPath);
        List<AffinityTerm> together = terms(with, "requiredDuringSchedulingIgnoredDuringExecution", withPath, false);
        List<AffinityTerm> rather = terms(with, "preferredDuringSchedulingIgnoredDuringExecution", withPath, true);
        ignored(affinity, ManifestFields.path(path, "affinity"), List.of("nodeAffinity"),
                "node affinity is not simulated (use nodeSelector)");
        return new SchedulingSpec(className, policy, spread, required, preferred, together, rather);
    }

    private List<SpreadConstraint> spread(YamlNode.Mapping spec, String path) {
        List<YamlNode> items = f.optionalList(spec, "topologySpreadConstraints", path, "[{maxSkew: 1, topologyKey: "
                + "topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: " + SELECTOR_EXAMPLE
                + "}]");
        List<SpreadConstraint> out = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            String p = path + "[" + i + "]";
            YamlNode.Mapping c = f.mapping(p, items.get(i));
            if (c == null) {
                continue;
            }
            if (ManifestFields.field(c, "maxSkew") == null) {
                f.missing(c, p + ".maxSkew", "a whole number such as 1");
            }
            int maxSkew = f.wholeNumber(c, "maxSkew", p + ".maxSkew", 1, 1, Integer.MAX_VALUE);
            String key = f.requiredString(c, "topologyKey", p + ".topologyKey", "a node label such as "
                    + "topology.kubernetes.io/zone");
            if (ManifestFields.field(c, "whenUnsatisfiable") == null) {
                f.missing(c, p + ".whenUnsatisfiable", "DoNotSchedule or ScheduleAnyway");
            }
            String when = f.oneOf(c, "whenUnsatisfiable", p + ".whenUnsatisfiable", WHEN, "DoNotSchedule");
            LabelSelector selector = selectors.selector(c, p);
            int minDomains = f.wholeNumber(c, "minDomains", p + ".minDomains", 1, 1, Integer.MAX_VALUE);
            if (ManifestFields.field(c, "minDomains") != null && !when.equals("DoNotSchedule")) {
                f.problem(ManifestFields.field(c, "minDomains").where(), p + ".minDomains: only allowed with "
                        + "whenUnsatisfiable: DoNotSchedule");
            }
            ignored(c, p, List.of("nodeAffinityPolicy", "nodeTaintsPolicy", "matchLabelKeys"),
                    "not simulated (nodeAffinityPolicy Honor and nodeTaintsPolicy Ignore, the defaults, apply)");
            if (key != null) {
                out.add(new SpreadConstraint(maxSkew, key, when.equals("DoNotSchedule"), selector, minDomains));
            }
        }
        return out;
    }

    private List<AffinityTerm> terms(YamlNode.Mapping anti, String key, String path, boolean weighted) {
        String listPath = path + "." + key;
        List<YamlNode> items = f.optionalList(anti, key, listPath, weighted
                ? "[{weight: 100, podAffinityTerm: {topologyKey: kubernetes.io/hostname, labelSelector: "
                + SELECTOR_EXAMPLE + "}}]"
                : "[{topologyKey: kubernetes.io/hostname, labelSelector: " + SELECTOR_EXAMPLE + "}]");
        List<AffinityTerm> out = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            String p = listPath + "[" + i + "]";
            YamlNode.Mapping item = f.mapping(p, items.get(i));
            if (item == null) {
                continue;
            }
            int weight = 0;
            YamlNode.Mapping term = item;
            if (weighted) {
                if (ManifestFields.field(item, "weight") == null) {
                    f.missing(item, p + ".weight", "a whole number from 1 to 100");
                }
                weight = f.wholeNumber(item, "weight", p + ".weight", 1, 1, 100);
                p = p + ".podAffinityTerm";
                term = f.requiredMap(item, "podAffinityTerm", p, "{topologyKey: kubernetes.io/hostname, "
                        + "labelSelector: " + SELECTOR_EXAMPLE + "}");
                if (term == null) {
                    continue;
                }
            }
            String topologyKey = f.requiredString(term, "topologyKey", p + ".topologyKey", "a node label such as "
                    + "kubernetes.io/hostname");
            LabelSelector selector = selectors.selector(term, p);
            ignored(term, p, List.of("namespaces", "namespaceSelector", "matchLabelKeys", "mismatchLabelKeys"),
                    "not simulated (the term selects pods of the pod's own namespace)");
            if (topologyKey != null) {
                out.add(new AffinityTerm(topologyKey, selector, weight));
            }
        }
        return out;
    }

    /** A warning at each of {@code fields} present in {@code parent}: read, but not simulated. */
    private void ignored(YamlNode.Mapping parent, String path, List<String> fields, String why) {
        for (String name : fields) {
            YamlNode.Entry e = parent == null ? null : parent.get(name);
            if (e != null) {
                f.warning(e.keyWhere(), ManifestFields.path(path, name) + ": ignored, " + why);
            }
        }
    }
}
