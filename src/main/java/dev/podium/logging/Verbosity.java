package dev.podium.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import dev.podium.live.log.Redactor;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.slf4j.LoggerFactory;

/**
 * {@code --verbose}: also shows what goes to the log file on standard error, one scrubbed line per event (a
 * throwable as a one-line description, no stack trace), at the levels the log file has (INFO up, no DEBUG from the
 * libraries), and says where the log file is. Call before the command runs; calling it again changes nothing.
 */
public final class Verbosity {

    private static final String APPENDER = "VERBOSE";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private Verbosity() {
    }

    /** Turns on the verbose console. */
    public static void verbose() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        synchronized (Verbosity.class) {
            if (root.getAppender(APPENDER) != null) {
                return;
            }
            Console console = new Console(System.err);
            console.setName(APPENDER);
            console.setContext(context);
            console.start();
            root.addAppender(console);
        }
        LogFileNotice.sayOnce(System.err);
    }

    /** One line an event. */
    static String line(ILoggingEvent event) {
        StringBuilder out = new StringBuilder();
        out.append(TIME.format(Instant.ofEpochMilli(event.getTimeStamp()))).append(' ')
                .append(event.getLevel()).append(' ').append(event.getLoggerName()).append(" - ")
                .append(event.getFormattedMessage());
        if (event.getThrowableProxy() instanceof ThrowableProxy proxy) {
            out.append(" (").append(Redactor.describe(proxy.getThrowable())).append(')');
        }
        return Redactor.scrub(out.toString());
    }

    private static final class Console extends AppenderBase<ILoggingEvent> {
        private final PrintStream out;

        Console(PrintStream out) {
            this.out = out;
        }

        @Override
        protected void append(ILoggingEvent event) {
            out.println(line(event));
        }
    }
}
