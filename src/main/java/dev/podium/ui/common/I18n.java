package dev.podium.ui.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The UI language. Every UI string comes from the {@code dev/podium/ui/messages} bundles (UTF-8
 * {@code .properties}); {@link #text} gives a binding that follows the language, so switching
 * language relabels the whole window without a restart. FX thread only.
 */
public final class I18n {
    /** The bundle base name of the shell's strings. */
    public static final String BUNDLE = "dev.podium.ui.messages";
    /** The languages the UI offers, in menu order. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH);

    public I18n() {
    }

    public I18n(Locale initial) {
        locale.set(initial);
    }

    /** The default UI language for a system locale: Chinese for {@code zh}, else English. */
    public static Locale defaultFor(Locale system) {
        return "zh".equals(system.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    /** The other language of the two (the toolbar toggle). */
    public void toggle() {
        locale.set(Locale.SIMPLIFIED_CHINESE.equals(locale.get()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    /** BCP 47 tag of the language, as scenario texts key it: {@code en}, {@code zh-CN}. */
    public String languageTag() {
        return locale.get().toLanguageTag();
    }

    /** The string for {@code key} now, formatted with {@code args} (MessageFormat) if any. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale.get(), I18n.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** A binding to the string for {@code key} that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }
}
