package dev.podium.export;

/** An export that could not finish: a file that cannot be written, a frame that could not be drawn. */
public class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
