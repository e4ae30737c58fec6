package dev.podium.scenario.coin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldRegistry;
import dev.podium.timeline.Recording;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.RecordingReader;
import dev.podium.timeline.RecordingWriter;
import dev.podium.world.coin.CoinFlipped;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Adding a world touches only its own packages and one registration line: the coin world (test sources
 * {@code world.coin}, {@code scenario.coin}, {@code ui.coin}) is registered only in
 * {@code throwaway-world/META-INF/services}, and scenarios, runs, recordings and summaries take it like the built-in
 * worlds.
 */
class ThrowawayWorldTest {
    static final String SCENARIO = """
            podium: 1
            name: coins
            worlds: [queue, coin]
            duration: 1m
            params:
              queue: {servers: 2}
              coin: {period: 500ms, headsPercent: 50}
            actions:
              - at: 30s
                do: setBias
                headsPercent: 100
                say: {en: "A loaded coin.", zh-CN: "一枚灌了铅的硬币。"}
            """;

    /** The standard worlds plus whatever the throwaway-world folder registers. */
    static WorldRegistry registry() throws Exception {
        URL folder = ThrowawayWorldTest.class.getResource("/throwaway-world/");
        return WorldRegistry.load(new URLClassLoader(new URL[] {folder}, ThrowawayWorldTest.class.getClassLoader()));
    }

    @Test
    void theRegistrationLineIsAllItTakesToBeFound() throws Exception {
        assertEquals(List.of("queue", "kube", "gc", "goruntime", "coin"), registry().names());
        assertEquals(List.of("queue", "kube", "gc", "goruntime"), WorldRegistry.standard().names(),
                "the standard build is untouched");
    }

    @Test
    void aScenarioOfTheNewWorldLoadsRunsAndNarrates() throws Exception {
        WorldRegistry registry = registry();
        Scenario scenario = ScenarioLoader.parse("coins.yaml", SCENARIO, registry);
        ScenarioRun run = ScenarioRun.start(scenario, registry);
        run.runToEnd();

        List<CoinFlipped> flips = run.timeline().events().stream().filter(CoinFlipped.class::isInstance)
                .map(CoinFlipped.class::cast).toList();
        assertEquals(120, flips.size(), "one flip every 500 ms for a minute");
        assertTrue(flips.stream().filter(f -> f.timeNanos() > 30_000_000_000L).allMatch(CoinFlipped::heads),
                "after setBias 100 every flip is heads");
        assertTrue(flips.stream().filter(f -> f.timeNanos() <= 30_000_000_000L).anyMatch(f -> !f.heads()),
                "before it, a fair coin shows tails too");
        assertEquals(List.of("queue", "coin"), registry.worldsOf(run.timeline().events()));
    }

    @Test
    void itsParamsAndVerbArgumentsAreCheckedAtLoadWithTheirRanges() throws Exception {
        WorldRegistry registry = registry();
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("coins.yaml",
                SCENARIO.replace("headsPercent: 100", "headsPercent: 150").replace("period: 500ms", "periode: 1s"),
                registry));

        String all = e.getMessage();
        assertTrue(all.contains("coins.yaml:7:10: unknown key 'periode' (did you mean 'period'?)"), all);
        assertTrue(all.contains("coins.yaml:11:19: headsPercent: 150 is out of range; expected from 0 to 100"), all);
        ScenarioException unknownVerb = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
                "coins.yaml", SCENARIO.replace("do: setBias", "do: setBais"), registry));
        assertTrue(unknownVerb.getMessage().contains("(did you mean 'setBias'?)"), unknownVerb.getMessage());
    }

    @Test
    void recordingsNameItAndReadItBackAndTheSummaryPrintsIt() throws Exception {
        WorldRegistry registry = registry();
        Scenario scenario = ScenarioLoader.parse("coins.yaml", SCENARIO, registry);
        ScenarioRun run = ScenarioRun.start(scenario, registry);
        run.runToEnd();
        RecordingCodec codec = new RecordingCodec(registry.eventTypes());
        StringWriter text = new StringWriter();
        new RecordingWriter(codec).writeTo(text, RecordingHeader.simulation("coins", scenario.seed(),
                scenario.worlds()), run.timeline().events());
        Recording back = new RecordingReader(codec).read("coins.jsonl", new StringReader(text.toString()));

        assertEquals(List.of("queue", "coin"), back.header().worlds());
        assertEquals(run.timeline().events(), back.events());
        StringWriter summary = new StringWriter();
        World coin = registry.get("coin");
        coin.summarize(back.events(), new PrintWriter(summary, true));
        assertTrue(summary.toString().matches("coin at the end: \\d+ heads, \\d+ tails\\R"), summary.toString());
    }
}
