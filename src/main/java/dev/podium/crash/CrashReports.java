package dev.podium.crash;

import dev.podium.logging.LogDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where crash reports go, and writing one: {@code crashes/} beside the log file ({@code ~/.local/state/podium/crashes}
 * on Linux), one file a crash named for its time ({@code crash-20261205-061502-123.txt}), written to a temp file and
 * moved into place. Thread-safe.
 */
public final class CrashReports {
    /** The directory's name beside the log file. */
    public static final String DIRECTORY = "crashes";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'crash-'yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Path directory;

    /** Reports into {@code directory} (created when the first report is written). */
    public CrashReports(Path directory) {
        this.directory = directory;
    }

    /** Reports beside this process's log file. */
    public static CrashReports forUser() {
        return new CrashReports(LogDirectory.current().resolve(DIRECTORY));
    }

    public Path directory() {
        return directory;
    }

    /** Writes {@code report}; returns the file. */
    public Path write(CrashReport report) throws IOException {
        Files.createDirectories(directory);
        String base = NAME.format(report.time());
        Path target = directory.resolve(base + ".txt");
        while (Files.exists(target)) { // two crashes in one millisecond (a handler that crashes again)
            target = directory.resolve(base + "-" + SEQUENCE.incrementAndGet() + ".txt");
        }
        Path temp = Files.createTempFile(directory, base, ".tmp");
        try {
            Files.writeString(temp, report.text(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }
}
