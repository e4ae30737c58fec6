package dev.podium.world.gc.log;

/** A file that cannot be imported at all: not a GC log, or unreadable. The message names the file. */
public final class GcLogException extends Exception {
    public GcLogException(String message) {
        super(message);
    }

    public GcLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
