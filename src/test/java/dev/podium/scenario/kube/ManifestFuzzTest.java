package dev.podium.scenario.kube;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podium.fuzz.FuzzCheck;
import dev.podium.scenario.ScenarioException;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the Kubernetes manifest reader (a manifest file a scenario names, or that File > Open
 * reads). Seeds: the good test manifests ({@code ManifestFuzzTestInputs/manifest}).
 */
class ManifestFuzzTest {
    @FuzzTest(maxDuration = "15s")
    @DictionaryFile(resourcePath = "/dev/podium/fuzz/yaml.dict")
    void manifest(byte[] data) {
        FuzzCheck.check("manifest", new String(data, StandardCharsets.UTF_8), ScenarioException.class,
                FuzzCheck.NAMES_LINE, text -> ManifestReader.read("fuzz.yaml", text));
    }
}
