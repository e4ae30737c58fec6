package dev.podium.ui.kube;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The kube view's labels in the current display language, from {@code view*.properties}; looked up again whenever
 * the default display locale changed (that is how the shell switches language). FX thread only.
 */
final class KubeText {
    private static final String BUNDLE = "dev.podium.ui.kube.view";

    private Locale locale;
    private ResourceBundle bundle;

    /** True if the language changed since the last call (the first call says true). */
    boolean refresh() {
        Locale now = Locale.getDefault(Locale.Category.DISPLAY);
        if (now.equals(locale)) {
            return false;
        }
        locale = now;
        bundle = ResourceBundle.getBundle(BUNDLE, now,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return true;
    }

    boolean chinese() {
        return "zh".equals(locale == null ? "" : locale.getLanguage());
    }

    String get(String key, Object... args) {
        if (bundle == null) {
            refresh();
        }
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
