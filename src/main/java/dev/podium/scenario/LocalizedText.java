package dev.podium.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A text in several languages, keyed by language tag ({@code "en"}, {@code "zh-CN"}). Immutable; the
 * map keeps the order in which the languages were given. English is the fallback: {@link #get(String)}
 * returns the exact language if present, else English, else the first language, else {@code ""}.
 */
public record LocalizedText(Map<String, String> byLanguage) {

    private static final LocalizedText EMPTY = new LocalizedText(Map.of());

    /** Copies {@code byLanguage} into an unmodifiable map that keeps its iteration order. */
    public LocalizedText {
        Objects.requireNonNull(byLanguage, "byLanguage");
        Map<String, String> copy = new LinkedHashMap<>();
        byLanguage.forEach((tag, text) -> copy.put(Objects.requireNonNull(tag, "language tag"),
                Objects.requireNonNull(text, "text")));
        byLanguage = Collections.unmodifiableMap(copy);
    }

    /** English text and, when {@code zhCN} is not null, its Simplified Chinese translation. */
    public static LocalizedText of(String en, String zhCN) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("en", Objects.requireNonNull(en, "en"));
        if (zhCN != null) {
            map.put("zh-CN", zhCN);
        }
        return new LocalizedText(map);
    }

    /** No text in any language. */
    public static LocalizedText empty() {
        return EMPTY;
    }

    /** The text for {@code languageTag} exactly, else English, else the first language, else {@code ""}. */
    public String get(String languageTag) {
        String exact = byLanguage.get(languageTag);
        if (exact != null) {
            return exact;
        }
        String english = byLanguage.get("en");
        if (english != null) {
            return english;
        }
        return byLanguage.isEmpty() ? "" : byLanguage.values().iterator().next();
    }

    /** Whether there is no text in any language. */
    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }
}
