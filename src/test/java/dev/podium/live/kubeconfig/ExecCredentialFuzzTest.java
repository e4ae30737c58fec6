package dev.podium.live.kubeconfig;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podium.fuzz.FuzzCheck;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the parser of a credential plugin's output (the ExecCredential JSON that
 * {@code aws eks get-token} and its kind print). Its errors name the plugin, the place the output came from.
 * Seeds: {@code ExecCredentialFuzzTestInputs/credential}.
 */
class ExecCredentialFuzzTest {
    @FuzzTest(maxDuration = "15s")
    @DictionaryFile(resourcePath = "/dev/podium/fuzz/json.dict")
    void credential(byte[] data) {
        FuzzCheck.check("exec credential", new String(data, StandardCharsets.UTF_8), LiveConfigException.class,
                m -> m.contains("fuzz-plugin"),
                text -> ExecCredentialJson.parse("fuzz-plugin", "client.authentication.k8s.io/v1", text));
    }
}
