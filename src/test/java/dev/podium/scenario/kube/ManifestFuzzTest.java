package dev.podium.scenario.kube;

import dev.podium.fuzz.FuzzCheck;
import dev.podium.fuzz.Mutator;
import dev.podium.scenario.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fuzzes the Kubernetes manifest reader with seeded mutations of the good test manifests ({@link Mutator}). */
class ManifestFuzzTest {
    @Test
    void manifestsReadOrFailWithALocatedError() throws Exception {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/manifests/good"))) {
            for (Path f : files.sorted().toList()) {
                seeds.add(Files.readString(f));
            }
        }
        Mutator mutator = new Mutator(Mutator.seed(), seeds);
        for (int i = 0; i < Mutator.iterations(); i++) {
            FuzzCheck.check("manifest", mutator.next(), ScenarioException.class, true,
                    text -> ManifestReader.read("fuzz.yaml", text));
        }
    }
}
