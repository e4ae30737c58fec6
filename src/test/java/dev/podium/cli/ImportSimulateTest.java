package dev.podium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code podium import LOG --simulate --out scenario}: writes a fitted scenario that loads, or says why not. */
class ImportSimulateTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return PodiumCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void writesAScenarioThatReplaysTheLogBesideIt() throws Exception {
        Path log = dir.resolve("g1.log");
        Files.copy(Path.of(getClass().getResource("/gclogs/jdk17-g1-gc.log").toURI()), log);
        Path scenario = dir.resolve("fitted");
        assertEquals(0, run("import", log.toString(), "--simulate", "--out", scenario.toString()), err.toString());
        Path written = dir.resolve("fitted.podium.yaml");
        String yaml = Files.readString(written);
        assertTrue(yaml.contains("replayLog: \"g1.log\""), yaml);
        assertTrue(yaml.contains("UseG1GC: true"), yaml);
        assertTrue(yaml.contains("duration: 2.125s"), yaml);
        assertTrue(out.toString().contains("fitted G1 on a 256m heap"), out.toString());
        ScenarioLoader.loadAndCheck(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk17-g1-gc.log", "jdk17-parallel-gcstar.log"})
    void aFittedScenarioRunsAndRecordsItsPausesBesideTheLogs(String name) throws Exception {
        Path log = dir.resolve(name);
        Files.copy(Path.of(getClass().getResource("/gclogs/" + name).toURI()), log);
        Path scenario = dir.resolve("fitted.podium.yaml");
        assertEquals(0, run("import", log.toString(), "--simulate", "--out", scenario.toString()), err.toString());
        Path recording = dir.resolve("fitted.podium.jsonl");
        assertEquals(0, run("run", scenario.toString(), "--out", recording.toString()), err.toString());
        List<String> lines = Files.readAllLines(recording);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"type\":\"GcPauseEnded\"")), "simulated pauses");
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"type\":\"LoggedPause\"")), "the log's pauses beside");
        assertTrue(out.toString().contains("recording: "), out.toString());
    }

    @Test
    void simulateNeedsOut() {
        assertEquals(2, run("import", "x.log", "--simulate"));
        assertTrue(err.toString().contains("--simulate needs --out"), err.toString());
    }

    @Test
    void aRealGoTraceIsFittedToTheGogcItRanWithAndPlaysBesideIt() throws Exception {
        Path log = dir.resolve("gogc50.txt"); // GOGC=50 GODEBUG=gctrace=1, Go 1.19, 2 CPUs (gclogs/README.md)
        Files.copy(Path.of(getClass().getResource("/gclogs/go1.19-gctrace-gogc50.txt").toURI()), log);
        Path scenario = dir.resolve("fitted.podium.yaml");
        assertEquals(0, run("import", log.toString(), "--simulate", "--out", scenario.toString()), err.toString());
        String yaml = Files.readString(scenario);
        for (String line : List.of("runtime: go", "GOGC: 50", "cpus: 2", "replayLog: \"gogc50.txt\"")) {
            assertTrue(yaml.contains(line), line + " in\n" + yaml);
        }
        assertTrue(!yaml.contains("UseG1GC") && !yaml.contains("ParallelGCThreads"), yaml);
        assertTrue(out.toString().contains("fitted Go on a"), out.toString());
        assertTrue(out.toString().contains("live set 64.0 MiB"), out.toString());
        Path recording = dir.resolve("fitted.podium.jsonl");
        assertEquals(0, run("run", scenario.toString(), "--out", recording.toString()), err.toString());
        List<String> lines = Files.readAllLines(recording);
        long logged = lines.stream().filter(l -> l.contains("\"type\":\"LoggedPause\"")).count();
        long cycles = lines.stream().filter(l -> l.contains("\"type\":\"GoGcCycleEnded\"")).count();
        assertEquals(2 * 68, logged, "the trace's 68 cycles, two pauses each, beside the run");
        assertTrue(cycles >= 68 / 2 && cycles <= 68 * 2, "the fitted service collects about as often as the "
                + "program did: " + cycles + " cycles against 68");
    }

    @Test
    void aGoTraceTooSmallToShowGogcAssumesTheDefaultAndSaysSo() throws Exception {
        Path log = dir.resolve("go.txt");
        // Go 1.23.5's trace in the reference samples: every live heap is 2 MB or less
        String sample = "/dev/podium/scenario/gc/GcLogFuzzTestInputs/gcLog/go1.23.5-gctrace.txt";
        Files.copy(Path.of(getClass().getResource(sample).toURI()), log);
        Path scenario = dir.resolve("go.podium.yaml");
        assertEquals(0, run("import", log.toString(), "--simulate", "--out", scenario.toString()), err.toString());
        String yaml = Files.readString(scenario);
        assertTrue(yaml.contains("GOGC: 100"), yaml);
        assertTrue(yaml.contains("# Note: no cycle followed a live heap of 8 MB or more"), yaml);
        ScenarioLoader.loadAndCheck(scenario);
    }
}
