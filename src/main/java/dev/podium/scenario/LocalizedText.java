package dev.podium.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** STUB (replaced by the scenario branch). */
public record LocalizedText(Map<String, String> byLanguage) {
    public LocalizedText {
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    public static LocalizedText of(String en, String zhCN) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("en", en);
        if (zhCN != null) {
            m.put("zh-CN", zhCN);
        }
        return new LocalizedText(m);
    }

    public static LocalizedText empty() {
        return new LocalizedText(Map.of());
    }

    public String get(String languageTag) {
        String s = byLanguage.get(languageTag);
        if (s == null) {
            s = byLanguage.get("en");
        }
        if (s == null) {
            s = byLanguage.isEmpty() ? "" : byLanguage.values().iterator().next();
        }
        return s;
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }
}
