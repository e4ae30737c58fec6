package dev.podium.fuzz;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingException;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.RecordingReader;
import dev.podium.timeline.RecordingWriter;
import dev.podium.scenario.ScenarioRun;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the readers of a user's Podium files with seeded mutations of real ones ({@link Mutator}): scenario files
 * (the built-in lessons and the test scenarios, with their inline Kubernetes manifests, read and checked as
 * {@code podium validate} does) and recordings (of a queue run and a Kubernetes lesson). Each mutant parses or
 * gives the reader's own error naming a place, within a bound ({@link FuzzCheck}).
 */
class ScenarioFuzzTest {

    @TempDir
    Path dir;

    @Test
    void scenarioFilesParseOrFailWithALocatedError() throws Exception {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("simulations")),
                Files.list(Path.of("src/test/resources/scenarios/good")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                seeds.add(Files.readString(f));
            }
        }
        Mutator mutator = new Mutator(Mutator.seed(), seeds);
        for (int i = 0; i < Mutator.iterations(); i++) {
            FuzzCheck.check("scenario", mutator.next(), ScenarioException.class, true, text -> {
                Scenario scenario = ScenarioLoader.parse("fuzz.yaml", text);
                ScenarioLoader.warnings(scenario);
            });
        }
    }

    @Test
    void recordingsReadOrFailWithALocatedError() throws Exception {
        List<String> seeds = new ArrayList<>();
        for (String lesson : List.of("queueing-basics", "deployment-self-healing")) {
            ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn(lesson + ".yaml"));
            run.advanceTo(20_000_000_000L, Long.MAX_VALUE);
            Path file = dir.resolve(lesson + ".podium.jsonl");
            new RecordingWriter(new RecordingCodec(ScenarioRun.eventTypes())).write(file,
                    RecordingHeader.simulation(lesson, 1, run.scenario().worlds()), run.timeline().events());
            List<String> lines = Files.readAllLines(file);
            seeds.add(String.join("\n", lines.subList(0, Math.min(lines.size(), 60))) + "\n");
        }
        RecordingReader reader = new RecordingReader(new RecordingCodec(ScenarioRun.eventTypes()));
        Mutator mutator = new Mutator(Mutator.seed(), seeds);
        for (int i = 0; i < Mutator.iterations(); i++) {
            FuzzCheck.check("recording", mutator.next(), RecordingException.class, true,
                    text -> reader.read("fuzz.jsonl", new StringReader(text)));
        }
    }
}
