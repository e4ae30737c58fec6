package dev.podium.timeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes a recording (JSON Lines, UTF-8, {@code \n} line ends): the header, then one line per event.
 * The file is written beside the target under a temporary name and moved into place atomically, so
 * a crash or a full disk never leaves a half-written recording under the real name.
 */
public final class RecordingWriter {
    private final RecordingCodec codec;

    public RecordingWriter(RecordingCodec codec) {
        this.codec = codec;
    }

    /** Writes {@code events} under {@code header} to {@code target}, replacing it atomically. */
    public void write(Path target, RecordingHeader header, Iterable<? extends WorldEvent> events) throws IOException {
        AtomicFiles.write(target, out -> writeTo(out, header, events));
    }

    /** Writes the recording text to {@code out} (no atomicity; for streams and tests). */
    public void writeTo(Writer out, RecordingHeader header, Iterable<? extends WorldEvent> events) throws IOException {
        out.write(codec.encodeHeader(header));
        out.write('\n');
        for (WorldEvent event : events) {
            out.write(codec.encode(event));
            out.write('\n');
        }
    }
}
