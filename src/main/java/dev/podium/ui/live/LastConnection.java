package dev.podium.ui.live;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The Connect dialog's last choice, kept in {@link Preferences} across sessions: the context name and the namespace
 * scope. Never "allow changes": that is a safety setting and starts off every time. FX thread only.
 */
public final class LastConnection {
    private static final String CONTEXT = "connect.context";
    private static final String NAMESPACE = "connect.namespace";
    private static final String ALL = "connect.allNamespaces";

    /** A remembered choice; {@code namespace} null means all namespaces. */
    public record Remembered(String context, String namespace) {
    }

    private final Preferences prefs;

    /** A store in {@code prefs} (tests pass a throwaway node). */
    public LastConnection(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The default store: this user's preferences for the UI's live package. */
    public static LastConnection forUser() {
        return new LastConnection(Preferences.userNodeForPackage(LastConnection.class));
    }

    /** The last choice, if one was saved. */
    public Optional<Remembered> load() {
        String context = prefs.get(CONTEXT, null);
        if (context == null || context.isBlank()) {
            return Optional.empty();
        }
        boolean all = prefs.getBoolean(ALL, true);
        String namespace = prefs.get(NAMESPACE, null);
        return Optional.of(new Remembered(context, all || namespace == null || namespace.isBlank() ? null
                : namespace));
    }

    /** Saves {@code context} and {@code namespace} (null for all namespaces). */
    public void save(String context, String namespace) {
        prefs.put(CONTEXT, context);
        prefs.putBoolean(ALL, namespace == null);
        if (namespace == null) {
            prefs.remove(NAMESPACE);
        } else {
            prefs.put(NAMESPACE, namespace);
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // The last choice is a convenience; losing it is not worth an error dialog.
        }
    }
}
