package dev.podium.ui.common;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A world's narration sentences from its {@code narration*.properties} bundles (UTF-8), whose patterns name their
 * arguments ({@link NamedMessage}). Bundles are looked up without falling back to the machine's locale, so a
 * language the world does not speak reads in English even on a Chinese machine. Each pattern is compiled once per
 * language. Not thread-safe: a narrator calls it from one thread (the FX thread).
 */
public final class NarrationBundle {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final Map<Locale, ResourceBundle> bundles = new HashMap<>();
    private final Map<Locale, Map<String, NamedMessage>> messages = new HashMap<>();

    /** Sentences from the bundle {@code baseName}, e.g. {@code dev.podium.ui.queue.narration}. */
    public NarrationBundle(String baseName) {
        this.baseName = baseName;
    }

    /** True if the bundle of {@code locale} has a sentence for {@code key}. */
    public boolean has(Locale locale, String key) {
        return bundle(locale).containsKey(key);
    }

    /** The keys of the bundle of {@code locale}. */
    public Set<String> keys(Locale locale) {
        return Collections.unmodifiableSet(bundle(locale).keySet());
    }

    /** The entry {@code key} as written, for words that take no arguments ({@code second}, {@code 秒}). */
    public String text(Locale locale, String key) {
        return bundle(locale).getString(key);
    }

    /** The compiled sentence {@code key} of {@code locale}. */
    public NamedMessage message(Locale locale, String key) {
        return messages.computeIfAbsent(locale, l -> new HashMap<>())
                .computeIfAbsent(key, k -> NamedMessage.compile(bundle(locale).getString(k)));
    }

    /**
     * The sentence {@code key} in {@code locale}, its names filled from {@code arguments}.
     *
     * @throws java.util.MissingResourceException if there is no such sentence
     * @throws IllegalArgumentException if {@code arguments} lacks a name the sentence uses
     */
    public String say(Locale locale, String key, Map<String, ?> arguments) {
        return message(locale, key).format(locale, arguments);
    }

    private ResourceBundle bundle(Locale locale) {
        return bundles.computeIfAbsent(locale, l -> ResourceBundle.getBundle(baseName, l, NO_FALLBACK));
    }
}
