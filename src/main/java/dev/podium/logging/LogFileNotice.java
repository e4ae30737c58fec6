package dev.podium.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A logback appender that writes nothing of the event itself: the first time anything is logged at WARN or above it
 * prints, once per process, one line on standard error that says where the log file is ({@code podium: details in
 * the log: ~/.local/state/podium/podium.log}). The console thus shows the command's output, its own warnings and
 * errors, and at most this one pointer. Thread-safe.
 */
public final class LogFileNotice extends AppenderBase<ILoggingEvent> {

    private static final AtomicBoolean SAID = new AtomicBoolean();

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
            sayOnce(System.err);
        }
    }

    /** Prints the log file's path on {@code out} unless this process already did. */
    static void sayOnce(PrintStream out) {
        if (SAID.compareAndSet(false, true)) {
            out.println("podium: details in the log: " + LogDirectory.currentFile());
        }
    }
}
