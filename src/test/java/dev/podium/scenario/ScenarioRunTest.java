package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.Narrated;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.RecordingWriter;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.queue.ArrivalRateChanged;
import dev.podium.world.queue.CustomerArrived;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioRunTest {
    private static final long SECOND = 1_000_000_000L;
    private static final SourceLocation HERE = new SourceLocation("test", 1, 1);

    static Scenario queueScenario(long seed) {
        List<TimedAction> actions = List.of(
                new TimedAction(30 * SECOND, "say", "", Params.empty(), LocalizedText.of("Busier now.", "更忙了。"), HERE),
                new TimedAction(30 * SECOND, "setArrivalRate", "", Params.of(Map.of("arrivalsPerSecond", "0.9")),
                        LocalizedText.empty(), HERE),
                new TimedAction(90 * SECOND, "burst", "", Params.of(Map.of("count", "5")), LocalizedText.empty(), HERE));
        return new Scenario("test.yaml", "test", LocalizedText.of("Test", "测试"), LocalizedText.empty(),
                List.of("queue"), seed, 120 * SECOND, Map.of("queue", Params.of(Map.of("arrivalsPerSecond", "0.5"))),
                actions, Map.of());
    }

    static byte[] recordingBytes(Scenario scenario) throws Exception {
        ScenarioRun run = ScenarioRun.start(scenario);
        run.runToEnd();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new RecordingWriter(new RecordingCodec(ScenarioRun.eventTypes()))
                    .writeTo(out, RecordingHeader.simulation(scenario.name(), scenario.seed()), run.timeline().events());
        }
        return bytes.toByteArray();
    }

    @Test
    void sameScenarioAndSeedGiveByteIdenticalRecordings() throws Exception {
        byte[] first = recordingBytes(queueScenario(42));
        byte[] second = recordingBytes(queueScenario(42));
        assertTrue(first.length > 10_000, "a real run, not an empty file");
        assertArrayEquals(first, second);
        assertFalse(java.util.Arrays.equals(first, recordingBytes(queueScenario(43))), "the seed matters");
    }

    @Test
    void actionsFireAtTheirTimeWithTheirNarration() throws Exception {
        ScenarioRun run = ScenarioRun.start(queueScenario(42));
        run.runToEnd();
        List<WorldEvent> events = run.timeline().events();
        Narrated cue = (Narrated) events.stream().filter(e -> e instanceof Narrated).findFirst().orElseThrow();
        assertEquals(30 * SECOND, cue.timeNanos());
        assertEquals("更忙了。", cue.textIn("zh-CN"));
        ArrivalRateChanged change = (ArrivalRateChanged) events.stream()
                .filter(e -> e instanceof ArrivalRateChanged).findFirst().orElseThrow();
        assertEquals(30 * SECOND, change.timeNanos());
        assertEquals(1_111_111_111L, change.meanInterarrivalNanos());
        long burstArrivals = events.stream().filter(e -> e instanceof CustomerArrived && e.timeNanos() == 90 * SECOND).count();
        assertTrue(burstArrivals >= 5, "the burst adds five arrivals at 90 s");
        assertEquals(120 * SECOND, run.timeline().endNanos());
    }

    @Test
    void forkKeepsThePastAndRecomputesTheFuture() throws Exception {
        ScenarioRun original = ScenarioRun.start(queueScenario(7));
        original.runToEnd();
        long forkAt = 60 * SECOND;
        ScenarioRun forked = original.fork(TimedAction.byUser(forkAt, "setServers", Map.of("servers", "3")));
        forked.runToEnd();
        int before = original.timeline().countAtOrBefore(forkAt - 1);
        assertEquals(original.timeline().events().subList(0, before),
                forked.timeline().events().subList(0, forked.timeline().countAtOrBefore(forkAt - 1)),
                "everything before the action is unchanged");
        assertFalse(original.timeline().events().equals(forked.timeline().events()), "the future changed");
        assertEquals(4, forked.scenario().actions().size());
    }

    @Test
    void advanceToBoundsTheWorkPerCall() throws Exception {
        ScenarioRun run = ScenarioRun.start(queueScenario(42));
        long fired = run.advanceTo(120 * SECOND, 10);
        assertEquals(10, fired);
        assertTrue(run.computedNanos() < 120 * SECOND);
        while (run.advanceTo(120 * SECOND, 10) == 10) {
            // keep going frame by frame
        }
        assertTrue(run.isComplete());
    }

    @Test
    void everyBuiltInScenarioRunsToItsEndWithoutActionProblems() throws Exception {
        for (Scenario scenario : BuiltInScenarios.loadAll()) {
            ScenarioRun run = ScenarioRun.start(scenario);
            run.runToEnd();
            assertEquals(List.of(), run.actionProblems(), scenario.name());
            assertTrue(run.timeline().size() > 20, scenario.name() + " produces a real run");
            assertTrue(run.timeline().events().stream().anyMatch(e -> e instanceof Narrated), scenario.name() + " narrates");
        }
    }
}
