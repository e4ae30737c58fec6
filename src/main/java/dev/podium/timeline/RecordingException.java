package dev.podium.timeline;

/** A recording that cannot be read at all (missing, unreadable, or with a bad header line). */
public final class RecordingException extends Exception {
    private static final long serialVersionUID = 1L;

    public RecordingException(String message) {
        super(message);
    }

    public RecordingException(String message, Throwable cause) {
        super(message, cause);
    }
}
