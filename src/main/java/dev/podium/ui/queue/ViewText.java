package dev.podium.ui.queue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The queue view's labels in the current display language, from {@code view*.properties}. The shell
 * switches language by changing the default locale and re-rendering, so the bundle is looked up again
 * whenever the default locale changed. FX thread only.
 */
final class ViewText {
    private static final String BUNDLE = "dev.podium.ui.queue.view";

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

    String get(String key, Object... args) {
        if (bundle == null) {
            refresh();
        }
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
