package dev.podium.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A world view's labels in the current display language, from its {@code view*.properties} bundle. The shell
 * switches language by changing the default display locale and re-rendering, so the bundle is looked up again
 * whenever that locale changed. A missing key shows as the key itself rather than failing a frame. FX thread only.
 */
public final class ViewText {
    private final String bundleName;
    private Locale locale;
    private ResourceBundle bundle;

    /** Labels from the bundle {@code bundleName}, e.g. {@code dev.podium.ui.queue.view}. */
    public ViewText(String bundleName) {
        this.bundleName = bundleName;
    }

    /** True if the language changed since the last call (the first call says true). */
    public boolean refresh() {
        Locale now = Locale.getDefault(Locale.Category.DISPLAY);
        if (now.equals(locale)) {
            return false;
        }
        locale = now;
        bundle = ResourceBundle.getBundle(bundleName, now,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return true;
    }

    /** True while the labels are Chinese (views pick a CJK font family then). */
    public boolean chinese() {
        return "zh".equals(locale == null ? "" : locale.getLanguage());
    }

    /** The label {@code key}, formatted with {@code args} by {@link MessageFormat} in the current locale. */
    public String get(String key, Object... args) {
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
