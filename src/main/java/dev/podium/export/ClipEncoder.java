package dev.podium.export;

import java.io.IOException;

/**
 * Writes frames of one size, in order, to a file. {@link #finish()} completes the file; {@link #close()} without
 * {@code finish} abandons it (the caller deletes it). One thread at a time.
 */
public interface ClipEncoder extends AutoCloseable {
    /** Appends {@code frame}; every frame has the size of the first. */
    void add(Frame frame) throws IOException;

    /** Writes what remains (an index, a trailer) and closes the file. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
