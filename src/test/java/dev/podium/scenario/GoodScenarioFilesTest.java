package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Good files load to exactly the values they spell out, with defaults for what they leave out. */
class GoodScenarioFilesTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void fullFileLoadsEveryKey() throws Exception {
        Path path = good("full.yaml");
        Scenario scenario = ScenarioLoader.load(path);

        assertEquals(path.toString(), scenario.sourceName());
        assertEquals("full-example-2", scenario.name());
        assertEquals("Full example", scenario.title().get("en"));
        assertEquals("完整示例", scenario.title().get("zh-CN"));
        assertEquals(List.of("en", "zh-CN"), List.copyOf(scenario.title().byLanguage().keySet()));
        assertEquals("Only English here.", scenario.description().get("zh-CN"));
        assertEquals(List.of("queue", "kube"), scenario.worlds());
        assertEquals(-7, scenario.seed());
        assertEquals(90 * SECOND, scenario.durationNanos());
        assertEquals(Map.of("arrivalsPerSecond", "0.5", "meanServiceTime", "1.5s", "servers", "2",
                "arrivals", "fixed"), scenario.params("queue").asStrings());
        assertEquals(Map.of("clientQps", "50"), scenario.params("kube").asStrings());
        assertEquals(1_500_000_000L, scenario.params("queue").durationNanos("meanServiceTime", 0, 0, 10 * SECOND));
        assertEquals("apiVersion: v1\nkind: Namespace\n", scenario.section("manifests").text());
        assertEquals(List.of("nginx.yaml", "./more/redis.yaml"), scenario.section("manifestFiles").texts());
    }

    @Test
    void actionsAreSortedByTimeKeepingFileOrderAtTheSameTime() throws Exception {
        List<TimedAction> actions = ScenarioLoader.load(good("full.yaml")).actions();

        assertEquals(List.of("setServiceTime", "setArrivalRate", "setServers", "burst", "say"),
                actions.stream().map(TimedAction::verb).toList());
        assertEquals(List.of(1_500_000_000L, 10 * SECOND, 30 * SECOND, 30 * SECOND, 90 * SECOND),
                actions.stream().map(TimedAction::atNanos).toList());
    }

    @Test
    void actionsKeepTheirArgumentsTargetNarrationAndLocation() throws Exception {
        List<TimedAction> actions = ScenarioLoader.load(good("full.yaml")).actions();
        TimedAction faster = actions.get(1);
        TimedAction burst = actions.get(3);

        assertEquals(0.75, faster.args().number("arrivalsPerSecond", 0, 0, 10));
        assertEquals("更快了。", faster.say().get("zh-CN"));
        assertEquals("", faster.target());
        assertEquals(25, faster.where().line());
        assertEquals(5, faster.where().column());
        assertEquals("front-door", burst.target());
        assertEquals(Map.of("count", "12"), burst.args().asStrings());
        assertEquals(250_000_000L, actions.get(0).args().durationNanos("meanServiceTime", 0, 0, SECOND));
        assertEquals("The end.", actions.get(4).say().get("en"));
        assertTrue(actions.get(2).say().isEmpty());
    }

    @Test
    void paramsRememberWhereEachValueWasWritten() throws Exception {
        Params params = ScenarioLoader.load(good("full.yaml")).params("queue");

        ScenarioException e = assertThrows(ScenarioException.class, () -> params.integer("servers", 1, 3, 4));
        assertEquals(13, e.problems().get(0).where().line());
        assertEquals(14, e.problems().get(0).where().column());
        assertTrue(e.getMessage().endsWith("full.yaml:13:14: servers: 2 is out of range; expected from 3 to 4"),
                e::getMessage);
    }

    @Test
    void minimalFileGetsDefaults() throws Exception {
        Scenario scenario = ScenarioLoader.load(good("minimal.yaml"));

        assertEquals(1, scenario.seed());
        assertEquals(500_000L, scenario.durationNanos());
        assertEquals(List.of("queue"), scenario.worlds());
        assertTrue(scenario.title().isEmpty());
        assertTrue(scenario.description().isEmpty());
        assertTrue(scenario.params().isEmpty());
        assertTrue(scenario.actions().isEmpty());
        assertEquals(Map.of(), scenario.sections());
    }

    @Test
    void parseOfTextUsesTheGivenSourceNameAndAcceptsAByteOrderMark() throws Exception {
        Scenario scenario = ScenarioLoader.parse("typed-in",
                "\uFEFFpodium: 1\nname: typed\nworlds: [queue]\nduration: 2m\nseed: 42\n");

        assertEquals("typed-in", scenario.sourceName());
        assertEquals(42, scenario.seed());
        assertEquals(120 * SECOND, scenario.durationNanos());
    }

    @Test
    void severalProblemsAreReportedTogetherInSourceOrder() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("many.yaml",
                "podium: 1\nname: Many\nworlds: [queue]\nduration: 10\nseed: x\n"));

        assertEquals(List.of("many.yaml:2:7", "many.yaml:4:11", "many.yaml:5:7"),
                e.problems().stream().map(p -> p.where().toString()).toList());
        assertEquals(3, e.getMessage().lines().count());
    }

    private static Path good(String file) throws Exception {
        return Path.of(GoodScenarioFilesTest.class.getResource("/scenarios/good/" + file).toURI());
    }
}
