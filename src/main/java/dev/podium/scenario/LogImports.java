package dev.podium.scenario;

import dev.podium.timeline.AtomicFiles;
import dev.podium.timeline.Recording;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.WorldEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a real program's log through whichever world reads it ({@link World#logImporter()}), for the CLI and the
 * shell alike: to a recording file, streamed (header, then each event as it is read: bounded memory), or to a
 * {@link Recording} in memory for playing. An imported recording's header says source {@code import}, the log's file
 * name as its scenario, seed 0 and no creation time, so importing the same log twice gives the same bytes.
 */
public final class LogImports {
    private LogImports() {
    }

    /** A log read into memory: what the importer found, and its recording (null when it does not play). */
    public record InMemory(LogImport log, Recording recording) {
    }

    /** The header of a recording imported from {@code file} into {@code world}. */
    public static RecordingHeader header(Path file, String world) {
        return new RecordingHeader(RecordingHeader.FORMAT, RecordingHeader.VERSION, "import",
                file.getFileName().toString(), 0, null, List.of(world));
    }

    /**
     * Reads {@code file} and writes its events to {@code out} as a recording, atomically; writes nothing when the log
     * does not play ({@link LogImport#playable()}) or cannot be read.
     */
    public static LogImport toFile(Path file, Path out, WorldRegistry registry) throws LogImportException,
            IOException {
        RecordingCodec codec = new RecordingCodec(registry.eventTypes());
        List<String> refusals = new ArrayList<>();
        for (World world : importers(registry)) {
            LogImport[] result = new LogImport[1];
            try {
                AtomicFiles.write(out, writer -> {
                    writer.write(codec.encodeHeader(header(file, world.name())));
                    writer.write('\n');
                    try {
                        result[0] = world.logImporter().orElseThrow().read(file, event -> line(writer, codec, event));
                    } catch (LogImportException e) {
                        throw new Refused(e);
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    }
                    if (!result[0].playable()) {
                        throw new Refused(null); // nothing to write; AtomicFiles leaves no file
                    }
                });
                return result[0];
            } catch (Refused r) {
                if (r.getCause() == null) {
                    return result[0];
                }
                refusals.add(r.getCause().getMessage());
            }
        }
        throw refused(file, refusals);
    }

    /** Reads {@code file} into memory, for the shell to play. */
    public static InMemory inMemory(Path file, WorldRegistry registry) throws LogImportException {
        List<String> refusals = new ArrayList<>();
        for (World world : importers(registry)) {
            List<WorldEvent> events = new ArrayList<>();
            try {
                LogImport log = world.logImporter().orElseThrow().read(file, events::add);
                Recording recording = log.playable()
                        ? new Recording(header(file, world.name()), events, log.warnings()) : null;
                return new InMemory(log, recording);
            } catch (LogImportException e) {
                refusals.add(e.getMessage());
            }
        }
        throw refused(file, refusals);
    }

    /** Reads {@code file} for its summary only: no event is kept, so any size of log is read in bounded memory. */
    public static LogImport summary(Path file, WorldRegistry registry) throws LogImportException {
        List<String> refusals = new ArrayList<>();
        for (World world : importers(registry)) {
            try {
                return world.logImporter().orElseThrow().read(file, event -> { });
            } catch (LogImportException e) {
                refusals.add(e.getMessage());
            }
        }
        throw refused(file, refusals);
    }

    private static List<World> importers(WorldRegistry registry) {
        return registry.all().stream().filter(w -> w.logImporter().isPresent()).toList();
    }

    private static LogImportException refused(Path file, List<String> refusals) {
        if (refusals.isEmpty()) {
            return new LogImportException(file + ": no world of this Podium imports logs");
        }
        return new LogImportException(String.join("\n", refusals));
    }

    private static void line(Writer writer, RecordingCodec codec, WorldEvent event) {
        try {
            writer.write(codec.encode(event));
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Aborts an atomic write: the importer refused the file (cause set) or the log does not play (no cause). */
    private static final class Refused extends IOException {
        Refused(LogImportException cause) {
            super(cause == null ? "not playable" : cause.getMessage(), cause);
        }
    }
}
