package dev.podium.timeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16)) {
                writeTo(out, header, events);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
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
