package dev.podium.scenario.gc;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podium.fuzz.FuzzCheck;
import dev.podium.scenario.LogImportException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of GC log import as {@code podium import} and File > Open do it: the GC world's
 * {@link dev.podium.scenario.LogImporter} on a file (JVM unified logging, Go gctrace, schedtrace and scheddetail
 * lines, read by {@code world.gc.log}), with its figures and report. Seeds: the test GC logs and the reference
 * samples, cut to their first lines ({@code GcLogFuzzTestInputs/gcLog}).
 */
class GcLogFuzzTest {
    @TempDir
    static Path dir;

    private static final GcLogImporter IMPORTER = new GcLogImporter();

    @FuzzTest(maxDuration = "15s")
    @DictionaryFile(resourcePath = "/dev/podium/fuzz/gclog.dict")
    void gcLog(byte[] data) {
        Path file = dir.resolve("fuzz.log");
        FuzzCheck.check("gc log", data, LogImportException.class, FuzzCheck.namesFile("fuzz.log"), bytes -> {
            Files.write(file, bytes);
            IMPORTER.read(file, event -> { });
        });
    }
}
