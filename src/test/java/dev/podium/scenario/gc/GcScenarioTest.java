package dev.podium.scenario.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.TimedAction;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldRegistry;
import dev.podium.world.gc.Collector;
import dev.podium.world.gc.GcParams;
import dev.podium.world.gc.RequestRateChanged;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GC scenarios: the JVM spellings load into the model's parameters; every bad value is refused at its place. */
class GcScenarioTest {
    private static final long MIB = 1L << 20;

    /** A scenario whose params block is {@code params}, indented under {@code params:} (line 6 onward). */
    private static String scenario(String params, String actions) {
        return "podium: 1\nname: gc-test\nworlds: [gc]\nduration: 30s\nparams:\n" + params
                + (actions.isEmpty() ? "" : "actions:\n" + actions);
    }

    @Test
    void theJvmSpellingsBecomeTheModelsParameters() throws Exception {
        Scenario s = ScenarioLoader.parse("gc.yaml", scenario("""
                  Xmx: 4g
                  Xms: 1024m
                  MaxGCPauseMillis: 50
                  InitiatingHeapOccupancyPercent: 30
                  MaxTenuringThreshold: 6
                  ParallelGCThreads: 4
                  DisableExplicitGC: true
                  requestsPerSecond: 250
                  threads: 20
                  serviceTime: 5ms
                  allocationPerRequest: 512k
                  sessionPercent: 2.5
                  sessionLifetime: 30s
                  cachePercent: 0.01
                """, ""));
        GcParams p = GcBinding.readParams(s.params("gc"));
        assertEquals(4096 * MIB, p.heapBytes());
        assertEquals(2 * MIB, p.regionBytes(), "4 GB / 2048 regions: G1 picks 2 MB");
        assertEquals(50, p.maxPauseMillis());
        assertEquals(30, p.ihopPercent());
        assertEquals(6, p.maxTenuringThreshold());
        assertEquals(4, p.parallelGcThreads());
        assertEquals(1, p.concGcThreads());
        assertTrue(p.disableExplicitGc());
        assertEquals(4_000_000, p.meanInterarrivalNanos());
        assertEquals(20, p.threads());
        assertEquals(5_000_000, p.meanServiceNanos());
        assertEquals(512 * 1024, p.allocationPerRequestBytes());
        assertEquals(25_000, p.sessionPpm());
        assertEquals(30_000_000_000L, p.meanSessionLifetimeNanos());
        assertEquals(100, p.cachePpm());
    }

    @Test
    void defaultsAreAOneGigabyteHeapWithG1sFlagsAndAGivenRegionSizeWins() throws Exception {
        GcParams defaults = GcBinding.readParams(ScenarioLoader.parse("gc.yaml", scenario("  threads: 50\n", ""))
                .params("gc"));
        assertEquals(1024 * MIB, defaults.heapBytes());
        assertEquals(MIB, defaults.regionBytes());
        assertEquals(200, defaults.maxPauseMillis());
        assertEquals(45, defaults.ihopPercent());
        assertEquals(15, defaults.maxTenuringThreshold());
        GcParams given = GcBinding.readParams(ScenarioLoader.parse("gc.yaml", scenario(
                "  Xmx: 4g\n  G1HeapRegionSize: 8M\n", "")).params("gc"));
        assertEquals(8 * MIB, given.regionBytes());
        assertEquals(512, given.regionCount());
    }

    static Stream<Arguments> badParams() {
        return Stream.of(
                Arguments.of("  Xmx: 4q\n", "6:8", "Xmx: '4q' is not a size; expected a whole number with an optional "
                        + "k, m, g or t"),
                Arguments.of("  Xmx: 8m\n", "6:8", "Xmx: 8m is out of range; expected from 16m to 256g"),
                Arguments.of("  Xmx: 4g\n  Xms: 8g\n", "7:8", "Xms: 8g is more than Xmx (4g)"),
                Arguments.of("  G1HeapRegionSize: 3m\n", "6:21", "G1HeapRegionSize: 3m is not a power of two"),
                Arguments.of("  Xmx: 16m\n  G1HeapRegionSize: 2m\n", "7:21", "makes 8 regions; expected 16 to 65536"),
                Arguments.of("  MaxGCPauseMillis: 0\n", "6:21", "MaxGCPauseMillis: 0 is out of range; expected from 1"),
                Arguments.of("  MaxGcPauseMillis: 50\n", "6:3", "unknown key 'MaxGcPauseMillis' (did you mean "
                        + "'MaxGCPauseMillis'?)"),
                Arguments.of("  InitiatingHeapOccupancyPercent: 145\n", "6:35", "expected from 0 to 100"),
                Arguments.of("  DisableExplicitGC: yes\n", "6:22", "DisableExplicitGC: 'yes' is not allowed; expected "
                        + "one of: true, false"),
                Arguments.of("  allocationPerRequest: 1g\n", "6:25", "allocationPerRequest: 1g is out of range; "
                        + "expected from 0 to 256m"),
                Arguments.of("  sessionPercent: 80\n  cachePercent: 30\n", "7:17", "cachePercent: sessionPercent and "
                        + "cachePercent add up to more than 100"),
                Arguments.of("  serviceTime: 20\n", "6:16", "serviceTime: expected a duration"));
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @MethodSource("badParams")
    void aBadParameterIsRefusedAtItsLineAndColumn(String params, String lineColumn, String fragment) {
        assertProblem(scenario(params, ""), lineColumn, fragment);
    }

    static Stream<Arguments> badActions() {
        return Stream.of(
                Arguments.of("  - {at: 5s, do: allocationBurst, factor: 4}\n", "8:5",
                        "allocationBurst needs 'duration'"),
                Arguments.of("  - {at: 5s, do: allocationBurst, factor: 0, duration: 1s}\n", "8:43",
                        "factor: 0 is out of range; expected from 0.1 to 100"),
                Arguments.of("  - {at: 5s, do: setRequestRate, requestsPerSecond: 0}\n", "8:53",
                        "requestsPerSecond: must be more than 0"),
                Arguments.of("  - {at: 5s, do: systemGC}\n", "8:18", "unknown action 'systemGC' for worlds gc (did you "
                        + "mean 'systemGc'?)"));
    }

    @Test
    void theCollectorFlagsChooseTheCollectorAndOnlyOneMayBeSet() throws Exception {
        GcParams z = GcBinding.readParams(ScenarioLoader.parse("gc.yaml", scenario("""
                  UseZGC: true
                  cpus: 8
                  largeObjectPercent: 1
                  largeObjectSize: 3m
                """, "")).params("gc"));
        assertEquals(Collector.Z, z.collector());
        assertEquals(8, z.cpus());
        assertEquals(10_000, z.humongousPpm());
        assertEquals(3 * MIB, z.humongousBytes());
        GcParams parallel = GcBinding.readParams(ScenarioLoader.parse("gc.yaml", scenario(
                "  UseParallelGC: true\n  NewRatio: 3\n", "")).params("gc"));
        assertEquals(Collector.PARALLEL, parallel.collector());
        assertEquals(3, parallel.newRatio());
        GcParams g1 = GcBinding.readParams(ScenarioLoader.parse("gc.yaml", scenario("  threads: 5\n", ""))
                .params("gc"));
        assertEquals(Collector.G1, g1.collector());
        assertTrue(g1.adaptiveIhop(), "G1UseAdaptiveIHOP is on by default, as in the JVM");
        assertProblem(scenario("  UseG1GC: true\n  UseZGC: true\n", ""), "7:11", "UseZGC: UseG1GC is already set");
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @MethodSource("badActions")
    void aBadActionIsRefusedAtItsLineAndColumn(String actions, String lineColumn, String fragment) {
        assertProblem(scenario("  Xmx: 1g\n", actions), lineColumn, fragment);
    }

    private static void assertProblem(String yaml, String lineColumn, String fragment) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("gc.yaml", yaml));
        List<ScenarioProblem> matching = e.problems().stream()
                .filter(p -> (p.where().line() + ":" + p.where().column()).equals(lineColumn))
                .filter(p -> p.message().contains(fragment)).toList();
        assertEquals(1, matching.size(), () -> "expected one problem at " + lineColumn + " containing '" + fragment
                + "', got:\n" + e.getMessage());
        assertEquals("gc.yaml", matching.get(0).where().file());
    }

    @Test
    void theWorldIsRegisteredRunsItsVerbsAndSummarises() throws Exception {
        World gc = WorldRegistry.standard().get("gc");
        assertEquals("GC", gc.displayName());
        assertEquals(List.of("setRequestRate", "allocationBurst", "systemGc", "setMaxGCPauseMillis", "setGOGC",
                "setGOMEMLIMIT"),
                gc.verbs().stream().map(v -> v.name()).toList());
        Scenario s = ScenarioLoader.parse("gc.yaml", scenario("  Xmx: 512m\n  requestsPerSecond: 100\n",
                "  - {at: 5s, do: setRequestRate, requestsPerSecond: 300}\n  - {at: 10s, do: systemGc}\n"));
        ScenarioRun run = ScenarioRun.start(s);
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        assertTrue(run.timeline().events().stream().anyMatch(e -> e instanceof RequestRateChanged r
                && r.meanInterarrivalNanos() == 3_333_333));
        ScenarioRun forked = run.fork(TimedAction.byUser(20_000_000_000L, "allocationBurst",
                Map.of("factor", "3", "duration", "5s")));
        forked.runToEnd();
        assertEquals(List.of(), forked.actionProblems());

        StringWriter out = new StringWriter();
        gc.summarize(run.timeline().events(), new PrintWriter(out, true));
        String summary = out.toString();
        assertTrue(summary.startsWith("gc at the end:\n  heap 512m in 512 regions of 1m: eden "), summary);
        assertTrue(summary.matches("(?s).*pauses \\d+ \\(young \\d+, mixed \\d+, remark and cleanup \\d+, full 1\\).*"),
                summary);
        assertTrue(summary.contains("latency p50 "), summary);
    }
}
