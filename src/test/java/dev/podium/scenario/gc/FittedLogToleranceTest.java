package dev.podium.scenario.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.SimulationFork;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.gc.GcPauseEnded;
import dev.podium.world.gc.LoggedPause;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fit against real logs made by this JDK (src/test/resources/gclogs, see its README: OpenJDK 17, a 256 MB heap,
 * G1 and Parallel, a program that churns short-lived objects with a ring of longer-lived ones and one
 * {@code System.gc()}): {@code podium import LOG --simulate} writes a scenario, the scenario runs for the log's
 * duration, and its simulated pauses must match the log's within the tolerance docs/gc-fidelity.md states: pause
 * count within ±15 %, mean pause within ±50 %, longest pause within a factor of 4. The log's pauses replayed beside
 * the simulation must be the log's own, one for one.
 */
class FittedLogToleranceTest {

    @TempDir
    Path dir;

    private static Path log(String name) throws URISyntaxException {
        return Path.of(FittedLogToleranceTest.class.getResource("/gclogs/" + name).toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk17-g1-gc.log", "jdk17-g1-gcstar.log", "jdk17-parallel-gc.log",
            "jdk17-parallel-gcstar.log"})
    void simulatedPausesMatchTheLogsWithinTheStatedTolerance(String name) throws Exception {
        Path logCopy = dir.resolve(name);
        Files.copy(log(name), logCopy);
        Path scenarioFile = dir.resolve("fitted.podium.yaml");
        SimulationFork fitted = new GcLogImporter().simulate(logCopy, scenarioFile).orElseThrow();
        Files.writeString(scenarioFile, fitted.yaml());
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadAndCheck(scenarioFile));
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        List<WorldEvent> events = run.timeline().events();
        List<GcPauseEnded> simulated = events.stream().filter(GcPauseEnded.class::isInstance)
                .map(GcPauseEnded.class::cast).toList();
        List<LoggedPause> logged = events.stream().filter(LoggedPause.class::isInstance)
                .map(LoggedPause.class::cast).toList();

        double simMean = simulated.stream().mapToLong(GcPauseEnded::durationNanos).average().orElse(0);
        double logMean = logged.stream().mapToLong(LoggedPause::durationNanos).average().orElse(0);
        long simMax = simulated.stream().mapToLong(GcPauseEnded::durationNanos).max().orElse(0);
        long logMax = logged.stream().mapToLong(LoggedPause::durationNanos).max().orElse(0);
        String figures = String.format(Locale.ROOT, "%s: pauses sim %d log %d; mean sim %.3f ms log %.3f ms; "
                + "max sim %.3f ms log %.3f ms; %s", name, simulated.size(), logged.size(), simMean / 1e6,
                logMean / 1e6, simMax / 1e6, logMax / 1e6, fitted.summary());
        System.out.println(figures);
        List<LoggedPause> inLog = new java.util.ArrayList<>();
        dev.podium.world.gc.log.GcLogReader.read(logCopy, e -> {
            if (e instanceof LoggedPause p) {
                inLog.add(p);
            }
        });
        assertEquals(inLog, logged, "the replayed pauses are the log's own");
        int configured = events.indexOf(events.stream().filter(dev.podium.world.gc.GcConfigured.class::isInstance)
                .findFirst().orElseThrow());
        assertTrue(configured < events.indexOf(logged.get(0)), "LoggedPause events come after GcConfigured");
        assertTrue(Math.abs(simulated.size() - logged.size()) <= 0.15 * logged.size(), figures);
        assertTrue(Math.abs(simMean - logMean) <= 0.5 * logMean, figures);
        assertTrue(simMax <= 4 * logMax && 4 * simMax >= logMax, figures);
    }

    @org.junit.jupiter.api.Test
    void aReplayedLogThatIsMissingIsAProblemAtItsPlaceInTheScenario() throws Exception {
        String message = firstProblem("bad.podium.yaml", "podium: 1\nname: bad\ntitle: {en: Bad, zh-CN: Bad}\n"
                + "worlds: [gc]\nduration: 1s\nreplayLog: nowhere.log\n");
        assertTrue(message.contains("bad.podium.yaml:6:12"), message);
        assertTrue(message.contains("no such file"), message);
    }

    @org.junit.jupiter.api.Test
    void replayLogTextThatIsNotAGcLogIsAProblemAtTheKey() throws Exception {
        String message = firstProblem("text.podium.yaml", "podium: 1\nname: text\ntitle: {en: T, zh-CN: T}\n"
                + "worlds: [gc]\nduration: 1s\nreplayLogText: |\n  hello\n  world\n");
        assertTrue(message.contains("text.podium.yaml:6:"), message);
        assertTrue(message.contains("not a GC log"), message);
    }

    /** The first problem loading a scenario file {@code name} holding {@code yaml} reports. */
    private String firstProblem(String name, String yaml) throws Exception {
        Path scenarioFile = dir.resolve(name);
        Files.writeString(scenarioFile, yaml);
        dev.podium.scenario.ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.podium.scenario.ScenarioException.class, () -> ScenarioLoader.loadAndCheck(scenarioFile));
        return e.problems().get(0).toString();
    }
}
