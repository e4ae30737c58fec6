package dev.podium.live.guard;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contexts for which the user switched on "allow changes". Empty by default: every context is read-only.
 * One instance is shared by the app's clients; revoking takes effect on the next request. Thread-safe.
 */
public final class ChangePermission {

    private final Set<String> allowed = ConcurrentHashMap.newKeySet();

    /** Allows changes (each still needing a confirmation) in {@code context}. */
    public void grant(String context) {
        allowed.add(context);
    }

    /** Makes {@code context} read-only again. */
    public void revoke(String context) {
        allowed.remove(context);
    }

    /** Whether changes are allowed in {@code context}. */
    public boolean isGranted(String context) {
        return allowed.contains(context);
    }
}
