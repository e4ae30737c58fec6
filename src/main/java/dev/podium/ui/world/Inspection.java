package dev.podium.ui.world;

import java.util.List;
import java.util.Map;

/**
 * What the inspector shows for a clicked entity: a title and its fields in display order, as
 * name/value text (names are code-like identifiers, as in kubectl's YAML).
 */
public record Inspection(String title, List<Map.Entry<String, String>> fields) {
    public Inspection {
        fields = List.copyOf(fields);
    }
}
