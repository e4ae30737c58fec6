package dev.podium.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.podium.live.log.Redactor;

/**
 * Logback converter {@code %rex}: the event's stack trace (as {@code %ex} prints it) with every secret in its
 * messages scrubbed by {@link Redactor}. Thread-safe.
 */
public final class RedactedThrowable extends ThrowableProxyConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Redactor.scrub(super.convert(event));
    }
}
