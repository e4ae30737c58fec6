package dev.podium.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of scenario files as {@code podium validate} reads them: the bytes decoded, the YAML
 * parsed and built, every world's sources checked (the Kubernetes world's inline manifests, the Go world's
 * programs) and their warnings computed. Seeds: the built-in lessons and the good test scenarios
 * ({@code ScenarioFuzzTestInputs/scenarioFile}).
 */
class ScenarioFuzzTest {
    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "15s")
    @DictionaryFile(resourcePath = "/dev/podium/fuzz/yaml.dict")
    void scenarioFile(byte[] data) {
        Path file = dir.resolve("fuzz.yaml");
        FuzzCheck.check("scenario", data, ScenarioException.class, FuzzCheck.NAMES_LINE.or(FuzzCheck.namesFile(
                file.toString())), bytes -> {
                    Files.write(file, bytes);
                    Scenario scenario = ScenarioLoader.loadAndCheck(file);
                    ScenarioLoader.warnings(scenario);
                });
    }
}
