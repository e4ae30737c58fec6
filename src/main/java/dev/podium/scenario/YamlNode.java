package dev.podium.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value as read from a scenario source, with its location: a mapping, a sequence or a scalar. Only
 * what the scenario format needs: no anchors, aliases or tags. Immutable.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** Where the value starts. */
    SourceLocation where();

    /** What this is, for messages: "a map", "a list", "text" or "nothing". */
    String kind();

    /** One key of a mapping with where the key was written. */
    public record Entry(String key, SourceLocation keyWhere, YamlNode value) {
    }

    /** A mapping whose keys keep their order in the source. */
    public record Mapping(Map<String, Entry> entries, SourceLocation where) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "a map";
        }

        public Entry get(String key) {
            return entries.get(key);
        }
    }

    /** A sequence. */
    public record Sequence(List<YamlNode> items, SourceLocation where) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A scalar as written (numbers and booleans too); {@code text} is null for an empty value or null. */
    public record Scalar(String text, SourceLocation where) implements YamlNode {
        @Override
        public String kind() {
            return text == null ? "nothing" : "text '" + shorten(text) + "'";
        }

        private static String shorten(String text) {
            String oneLine = text.replace('\n', ' ');
            return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
        }
    }
}
