package dev.podium.ui.live;

import dev.podium.live.kubeconfig.AuthKind;
import dev.podium.live.kubeconfig.ContextInfo;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The Connect dialog's strings from the {@code dev/podium/ui/live/connect} bundles (UTF-8 {@code .properties},
 * English and Simplified Chinese), in the language the dialog opened in. A missing key shows as {@code !key!}.
 */
final class ConnectText {
    static final String BUNDLE = "dev.podium.ui.live.connect";

    private final Locale locale;
    private final ResourceBundle bundle;

    ConnectText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ConnectText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** True when the strings are Chinese. */
    boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** "alice (token)", "gke-user (exec plugin gke-gcloud-auth-plugin)": the user and how it signs in. */
    String user(ContextInfo context, String execPlugin) {
        if (context.userName().isEmpty()) {
            return get("user.anonymous");
        }
        String auth = context.authKind() == AuthKind.EXEC ? get("auth.EXEC", execPlugin)
                : get("auth." + context.authKind().name());
        return get("user.value", context.userName(), auth);
    }

    /** Where the file list came from, in words. */
    String origin(String origin) {
        if (origin.equals("KUBECONFIG")) {
            return get("origin.KUBECONFIG");
        }
        return origin.startsWith("--") ? get("origin.explicit") : get("origin.default");
    }
}
