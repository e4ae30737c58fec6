package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LocalizedText, Params, SourceLocation and the problem types behave as their contracts say. */
class ValuesTest {

    @Test
    void localizedTextFallsBackToEnglishThenFirstThenEmpty() {
        LocalizedText both = LocalizedText.of("Queue", "队列");
        Map<String, String> chineseOnly = new LinkedHashMap<>();
        chineseOnly.put("zh-CN", "队列");

        assertEquals("队列", both.get("zh-CN"));
        assertEquals("Queue", both.get("fr"));
        assertEquals("队列", new LocalizedText(chineseOnly).get("en"));
        assertEquals("", LocalizedText.empty().get("en"));
        assertTrue(LocalizedText.empty().isEmpty());
        assertEquals(List.of("en"), List.copyOf(LocalizedText.of("Queue", null).byLanguage().keySet()));
    }

    @Test
    void localizedTextIsACopyThatCannotChange() {
        Map<String, String> map = new LinkedHashMap<>(Map.of("en", "Queue"));
        LocalizedText text = new LocalizedText(map);
        map.put("en", "changed");

        assertEquals("Queue", text.get("en"));
        assertThrows(UnsupportedOperationException.class, () -> text.byLanguage().put("fr", "File"));
    }

    @Test
    void paramsGettersReturnDefaultsWhenAbsentAndParseWhenPresent() throws Exception {
        Params params = Params.of(Map.of("rate", "1e3", "servers", "4", "service", "fixed", "time", "1m30s"));

        assertEquals(1000.0, params.number("rate", 0, 0, 1e6));
        assertEquals(4, params.integer("servers", 1, 1, 64));
        assertEquals("fixed", params.choice("service", "exponential", "exponential", "fixed"));
        assertEquals(90_000_000_000L, params.durationNanos("time", 0, 0, Long.MAX_VALUE));
        assertEquals(7, params.integer("absent", 7, 1, 64));
        assertEquals("exponential", params.choice("absentChoice", "exponential", "exponential", "fixed"));
        assertEquals(List.of("rate", "servers", "service", "time"), List.copyOf(params.names()));
    }

    @Test
    void paramsCreatedInCodeAreLocatedAtUser() {
        Params params = Params.of(Map.of("servers", "lots"));

        ScenarioException e = assertThrows(ScenarioException.class, () -> params.integer("servers", 1, 1, 64));

        assertEquals("<user>: servers: expected a whole number from 1 to 64, found 'lots'", e.getMessage());
    }

    @Test
    void paramsRefuseNonNumbersInfinityAndBadChoices() {
        Params params = Params.of(Map.of("a", "Infinity", "b", "0x10", "c", "1.5", "d", "poisson", "e", "5"));

        assertThrows(ScenarioException.class, () -> params.number("a", 0, 0, 1e6));
        assertThrows(ScenarioException.class, () -> params.number("b", 0, 0, 1e6));
        assertThrows(ScenarioException.class, () -> params.integer("c", 0, 0, 10));
        ScenarioException choice = assertThrows(ScenarioException.class,
                () -> params.choice("d", "exponential", "exponential", "fixed"));
        assertTrue(choice.getMessage().contains("'poisson' is not allowed; expected one of: exponential, fixed"));
        ScenarioException duration = assertThrows(ScenarioException.class,
                () -> params.durationNanos("e", 0, 1_000, 3_600_000_000_000L));
        assertTrue(duration.getMessage().contains("e: expected a duration from 1us to 1h; '5' has no unit"),
                duration::getMessage);
    }

    @Test
    void rejectUnknownNamesEveryUnknownKeyAndTheExpectedOnes() {
        Params params = Params.of(Map.of("servers", "2", "sevrers", "3", "zzz", "1"));

        ScenarioException e = assertThrows(ScenarioException.class, () -> params.rejectUnknown("servers"));

        assertEquals(List.of("unknown key 'sevrers' (did you mean 'servers'?); expected servers",
                "unknown key 'zzz'; expected servers"),
                e.problems().stream().map(ScenarioProblem::message).toList());
    }

    @Test
    void asStringsIsSortedAndEqualityIgnoresLocations() throws Exception {
        Params fromFile = ScenarioLoader.parse("p.yaml",
                "podium: 1\nname: p\nworlds: [queue]\nduration: 1s\nparams: {servers: 2, arrivals: fixed}\n")
                .params("queue");

        assertEquals(List.of("arrivals", "servers"), List.copyOf(fromFile.asStrings().keySet()));
        assertEquals(Params.of(Map.of("servers", "2", "arrivals", "fixed")), fromFile);
    }

    @Test
    void locationsAndProblemsPrintAsFileLineColumn() {
        SourceLocation where = new SourceLocation("a.yaml", 3, 9);

        assertEquals("a.yaml:3:9", where.toString());
        assertEquals("a.yaml:3:9: oops", new ScenarioProblem(where, "oops").toString());
        assertEquals("a.yaml", SourceLocation.wholeFile("a.yaml").toString());
        assertEquals("a.yaml:3:9: one\na.yaml:4:1: two", new ScenarioException(List.of(
                new ScenarioProblem(where, "one"), new ScenarioProblem(new SourceLocation("a.yaml", 4, 1), "two")))
                .getMessage());
    }
}
