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

    /** The user's display language when the app started, before any switch changed the default. */
    private static final Locale SYSTEM_DISPLAY = Locale.getDefault(Locale.Category.DISPLAY);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.ENGLISH);

    /** Starts in the system's language (Chinese for a {@code zh} system, else English). */
    public I18n() {
        this(defaultFor(SYSTEM_DISPLAY));
    }

    /**
     * Starts in {@code initial}. The language is also made the JVM's display locale, so views that
     * read it and JavaFX's own dialog buttons follow a switch.
     */
    public I18n(Locale initial) {
        locale.addListener((obs, old, now) -> Locale.setDefault(Locale.Category.DISPLAY, now));
        locale.set(initial);
        Locale.setDefault(Locale.Category.DISPLAY, initial);
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

    /**
     * The string for {@code key} from another bundle (a world's own, such as its action texts) in the current
     * language, formatted with {@code args} if any; null when the bundle has no such key.
     */
    public String fromBundle(String bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle, locale.get(), I18n.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** A binding to the string for {@code key} that follows the language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }
}
