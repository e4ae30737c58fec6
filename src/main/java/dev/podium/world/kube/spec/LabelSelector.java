package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A metav1.LabelSelector: {@code matchLabels} and {@code matchExpressions}, all ANDed. A selector with neither
 * selects nothing here (the API's null selector; an affinity term or spread constraint without a labelSelector
 * counts no pods).
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {
    /** Selects nothing. */
    public static final LabelSelector NONE = new LabelSelector(Map.of(), List.of());

    /** The operators of a requirement, as the API spells them. */
    public static final List<String> OPERATORS = List.of("In", "NotIn", "Exists", "DoesNotExist");

    public LabelSelector {
        matchLabels = Collections.unmodifiableMap(new TreeMap<>(matchLabels));
        matchExpressions = List.copyOf(matchExpressions);
    }

    /** A selector of {@code matchLabels} only. */
    public static LabelSelector of(Map<String, String> matchLabels) {
        return new LabelSelector(matchLabels, List.of());
    }

    /**
     * One of {@code matchExpressions}: {@code key} with {@code operator} In (the value is one of {@code values}),
     * NotIn (the label is absent or its value is none of them), Exists or DoesNotExist (no values).
     */
    public record Requirement(String key, String operator, List<String> values) {
        public Requirement {
            values = List.copyOf(values);
        }

        /** True if a pod with {@code labels} meets this requirement. */
        public boolean matches(Map<String, String> labels) {
            String value = labels.get(key);
            return switch (operator) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
        }
    }

    /** True if both parts are empty (the selector selects nothing). */
    public boolean isEmpty() {
        return matchLabels.isEmpty() && matchExpressions.isEmpty();
    }

    /** True if {@code labels} has every matchLabel and meets every requirement; an empty selector selects nothing. */
    public boolean matches(Map<String, String> labels) {
        if (isEmpty()) {
            return false;
        }
        for (Map.Entry<String, String> e : matchLabels.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (Requirement r : matchExpressions) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }
}
