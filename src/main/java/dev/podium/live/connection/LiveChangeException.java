package dev.podium.live.connection;

import dev.podium.live.log.ApiErrors;

/**
 * A confirmed change the cluster did not carry out (forbidden by RBAC, not found, unreachable). The message says
 * what was tried and why it failed, redacted; it never holds a stack trace for a dialog.
 */
public final class LiveChangeException extends Exception {
    private static final long serialVersionUID = 1L;

    private LiveChangeException(String message, Throwable cause) {
        super(message, cause);
    }

    static LiveChangeException of(String what, RuntimeException cause) {
        return new LiveChangeException(what + " failed: " + ApiErrors.summary(cause, ApiErrors.code(cause)), cause);
    }
}
