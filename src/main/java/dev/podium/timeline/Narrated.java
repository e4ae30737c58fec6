package dev.podium.timeline;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A narration cue from a scenario's {@code say}: the same sentence in each language, keyed by BCP 47
 * tag ({@code en}, {@code zh-CN}). Belongs to no world, so every view's narration panel shows it.
 *
 * @param timeNanos when the cue is spoken, in simulated nanoseconds
 * @param text the sentence by language tag, kept sorted so recordings are byte-stable
 */
public record Narrated(long timeNanos, Map<String, String> text) implements WorldEvent {
    public Narrated {
        text = Collections.unmodifiableMap(new TreeMap<>(text));
    }

    /** The text in {@code languageTag}, else English, else any, else empty. */
    public String textIn(String languageTag) {
        return pick(text, languageTag);
    }

    /** {@code text} in {@code languageTag}, else English, else any, else empty. */
    static String pick(Map<String, String> text, String languageTag) {
        String exact = text.get(languageTag);
        if (exact != null) {
            return exact;
        }
        String en = text.get("en");
        if (en != null) {
            return en;
        }
        return text.isEmpty() ? "" : text.values().iterator().next();
    }
}
