package dev.podium.live.log;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.MessageFormatter;

/**
 * The one way live code logs: every message is formatted first, then passed through {@link Redactor}, and a
 * throwable is logged as a scrubbed one-line description (no stack trace, whose messages could carry a token).
 * Never hand a fabric8 {@code Config} to a logger any other way: its {@code toString()} prints the token.
 *
 * <p>Thread-safe.
 */
public final class LiveLog {

    private final Logger logger;

    private LiveLog(Logger logger) {
        this.logger = logger;
    }

    /** A log named after {@code owner}. */
    public static LiveLog of(Class<?> owner) {
        return new LiveLog(LoggerFactory.getLogger(owner));
    }

    /** Logs at DEBUG, if enabled; {@code format} uses slf4j placeholders. */
    public void debug(String format, Object... args) {
        if (logger.isDebugEnabled()) {
            logger.debug(render(format, args));
        }
    }

    /** Logs at INFO, if enabled. */
    public void info(String format, Object... args) {
        if (logger.isInfoEnabled()) {
            logger.info(render(format, args));
        }
    }

    /** Logs at WARN, if enabled. */
    public void warn(String format, Object... args) {
        if (logger.isWarnEnabled()) {
            logger.warn(render(format, args));
        }
    }

    /** The text that would be logged: formatted, throwable described, scrubbed. Visible for tests. */
    static String render(String format, Object... args) {
        Throwable error = null;
        int count = args.length;
        if (count > 0 && args[count - 1] instanceof Throwable) {
            error = (Throwable) args[count - 1];
            count--;
        }
        Object[] safe = new Object[count];
        for (int i = 0; i < count; i++) {
            safe[i] = args[i] == null ? null : Redactor.scrub(args[i].toString());
        }
        String text = MessageFormatter.arrayFormat(format, safe).getMessage();
        if (error != null) {
            text = text + " (" + Redactor.describe(error) + ")";
        }
        return Redactor.scrub(text);
    }
}
