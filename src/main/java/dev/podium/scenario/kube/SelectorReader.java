package dev.podium.scenario.kube;

import dev.podium.scenario.YamlNode;
import dev.podium.world.kube.spec.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code labelSelector} (metav1.LabelSelector) under a scheduling term or constraint: {@code matchLabels}
 * and {@code matchExpressions}, each expression a key, an operator In, NotIn, Exists or DoesNotExist, and values
 * (at least one for In and NotIn, none for Exists and DoesNotExist, as the API validates). Problems go to the
 * {@link ManifestFields} given. Not thread-safe.
 */
final class SelectorReader {
    private static final String EXPRESSION_EXAMPLE = "[{key: app, operator: In, values: [web]}]";

    private final ManifestFields f;

    SelectorReader(ManifestFields fields) {
        this.f = fields;
    }

    /** The labelSelector under {@code parent} (at {@code path}), or {@link LabelSelector#NONE} when absent. */
    LabelSelector selector(YamlNode.Mapping parent, String path) {
        String p = path + ".labelSelector";
        YamlNode.Mapping selector = f.optionalMap(parent, "labelSelector", p);
        if (selector == null) {
            return LabelSelector.NONE;
        }
        Map<String, String> labels = f.stringMap(selector, "matchLabels", p + ".matchLabels");
        List<YamlNode> items = f.optionalList(selector, "matchExpressions", p + ".matchExpressions",
                EXPRESSION_EXAMPLE);
        List<LabelSelector.Requirement> requirements = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            LabelSelector.Requirement r = requirement(p + ".matchExpressions[" + i + "]", items.get(i));
            if (r != null) {
                requirements.add(r);
            }
        }
        return new LabelSelector(labels, requirements);
    }

    private LabelSelector.Requirement requirement(String p, YamlNode node) {
        YamlNode.Mapping e = f.mapping(p, node);
        if (e == null) {
            return null;
        }
        String key = f.requiredString(e, "key", p + ".key", "a label key such as app");
        if (ManifestFields.field(e, "operator") == null) {
            f.missing(e, p + ".operator", "one of: " + String.join(", ", LabelSelector.OPERATORS));
            return null;
        }
        String operator = f.oneOf(e, "operator", p + ".operator", LabelSelector.OPERATORS, null);
        List<String> values = new ArrayList<>();
        List<YamlNode> items = f.optionalList(e, "values", p + ".values", "[web, api]");
        for (int i = 0; items != null && i < items.size(); i++) {
            String v = f.text(p + ".values[" + i + "]", items.get(i));
            if (v != null) {
                values.add(v);
            }
        }
        if (operator == null || key == null) {
            return null;
        }
        boolean needsValues = operator.equals("In") || operator.equals("NotIn");
        if (needsValues && values.isEmpty()) {
            f.problem(e.where(), p + ".values: " + operator + " needs at least one value, e.g. values: [web]");
            return null;
        }
        if (!needsValues && !values.isEmpty()) {
            f.problem(ManifestFields.field(e, "values").where(), p + ".values: must be empty for operator "
                    + operator);
            return null;
        }
        return new LabelSelector.Requirement(key, operator, values);
    }
}
