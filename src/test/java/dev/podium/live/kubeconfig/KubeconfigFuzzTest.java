package dev.podium.live.kubeconfig;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.podium.fuzz.FuzzCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of what Podium reads of a user's kubeconfig: the file parsed and merged into contexts,
 * then each context resolved and its credential plugin named, as the connect dialog does. Nothing is run and
 * nothing connects. Seeds: {@code KubeconfigFuzzTestInputs/kubeconfig}.
 */
class KubeconfigFuzzTest {
    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "15s")
    @DictionaryFile(resourcePath = "/dev/podium/fuzz/yaml.dict")
    void kubeconfig(byte[] data) {
        Path file = dir.resolve("config");
        FuzzCheck.check("kubeconfig", data, LiveConfigException.class, FuzzCheck.namesFile(file.toString())
                .or(m -> m.startsWith("the kubeconfig")), bytes -> {
                    Files.write(file, bytes);
                    Kubeconfig config = Kubeconfig.load(List.of(file));
                    config.currentContext();
                    for (String name : config.contextNames()) {
                        config.context(name);
                        config.execPlugin(name);
                    }
                    config.contexts();
                });
    }
}
