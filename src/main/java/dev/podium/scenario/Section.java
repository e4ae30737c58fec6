package dev.podium.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A top-level key of a scenario file that a world owns (the Kubernetes world's {@code manifests} and
 * {@code manifestFiles}), as read: either a text (a literal block, with where its lines sit in the file) or a list
 * of texts, each with its place. Immutable.
 *
 * @param key the top-level key
 * @param where where the value starts
 * @param text the text of a {@link Kind#TEXT} section; "" for a list
 * @param textOrigin where the text's lines sit in the file (see {@link TextOrigin}); for messages about the text
 * @param items the entries of a {@link Kind#LIST} section, in order; empty for a text
 */
public record Section(String key, SourceLocation where, String text, TextOrigin textOrigin, List<Item> items) {
    /** What kind of value a world's key holds. */
    public enum Kind { TEXT, LIST }

    /** A key a world owns and the kind of its value. */
    public record Spec(String key, Kind kind) {
        public Spec {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** One entry of a list section. */
    public record Item(String text, SourceLocation where) {
    }

    public Section {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(textOrigin, "textOrigin");
        items = List.copyOf(items);
    }

    /** A text section written in code: messages about it name {@code sourceName#key}. */
    public static Section ofText(String sourceName, String key, String text) {
        return new Section(key, SourceLocation.wholeFile(sourceName), text, TextOrigin.of(sourceName + "#" + key),
                List.of());
    }

    /** The texts of a list section's entries, in order. */
    public List<String> texts() {
        return items.stream().map(Item::text).toList();
    }
}
