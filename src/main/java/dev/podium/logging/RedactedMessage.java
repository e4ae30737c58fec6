package dev.podium.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.podium.live.log.Redactor;

/**
 * Logback converter {@code %rmsg}: the event's formatted message with every secret scrubbed by {@link Redactor}, so
 * that a library's own log line (fabric8 printing a request, a config) cannot put a token into the log file.
 * Thread-safe.
 */
public final class RedactedMessage extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Redactor.scrub(event.getFormattedMessage());
    }
}
