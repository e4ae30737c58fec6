package dev.podium.scenario;

import dev.podium.timeline.WorldEvent;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A reader of the logs that real programs write (a JVM's GC log, a Go program's gctrace), which a world offers
 * through {@link World#logImporter()} so that {@code podium import} and File > Open can turn such a log into that
 * world's events without naming the world. An importer streams: it hands events on as it reads and keeps only
 * running tallies, so a log of any size is read in bounded memory. Stateless and thread-safe.
 */
public interface LogImporter {
    /** What it reads, for messages, e.g. {@code JVM GC logs (-Xlog:gc) and Go gctrace/schedtrace output}. */
    String formats();

    /**
     * Reads {@code file}, handing each event to {@code events} in time order, and returns what it found. Throws
     * {@link LogImportException} when the file is not such a log at all or cannot be read; a log that is damaged
     * part-way is read to its last good line and says so in {@link LogImport#warnings()}.
     */
    LogImport read(Path file, Consumer<? super WorldEvent> events) throws LogImportException;

    /**
     * A scenario that simulates what wrote {@code file}: a service fitted to the log, to be written to
     * {@code scenarioFile} (so that it can name the log by a path relative to it), already loaded back; empty when
     * this importer fits no simulation ({@code podium import --simulate}). Throws {@link LogImportException} when
     * the log cannot be read or the fit cannot use it, saying why.
     */
    default Optional<SimulationFork> simulate(Path file, Path scenarioFile) throws LogImportException {
        return Optional.empty();
    }
}
