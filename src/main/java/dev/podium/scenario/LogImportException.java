package dev.podium.scenario;

/** A file a {@link LogImporter} cannot import at all: not its kind of log, or unreadable. The message names it. */
public final class LogImportException extends Exception {
    public LogImportException(String message) {
        super(message);
    }

    public LogImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
