package dev.podium.world.kube.spec;

import java.util.Map;

/** Label selectors written as {@code matchLabels}. */
public final class Selectors {
    private Selectors() {
    }

    /** True if every entry of {@code selector} is in {@code labels}; an empty selector selects nothing. */
    public static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        if (selector.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, String> e : selector.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
