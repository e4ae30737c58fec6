package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parameters per world, read in either form and checked by each world when the file loads. */
class WorldParamsTest {
    private static final String HEAD = "podium: 1\nname: p\nduration: 1m\n";

    @Test
    void eachWorldGetsItsOwnSection() throws Exception {
        Scenario s = ScenarioLoader.parse("p.yaml", HEAD + "worlds: [kube, queue]\nparams:\n  kube: {clientQps: 50}\n"
                + "  queue: {servers: 3, arrivalsPerSecond: 0.8}\n");

        assertEquals(Map.of("clientQps", "50"), s.params("kube").asStrings());
        assertEquals(Map.of("servers", "3", "arrivalsPerSecond", "0.8"), s.params("queue").asStrings());
        ScenarioRun.start(s).advanceTo(10_000_000_000L, 100_000);
    }

    @Test
    void theFlatFormStillReadsForOneWorld() throws Exception {
        Scenario s = ScenarioLoader.parse("p.yaml", HEAD + "worlds: [queue]\nparams: {servers: 2}\n");

        assertEquals(Map.of("servers", "2"), s.params("queue").asStrings());
    }

    @Test
    void theFlatFormWithSeveralWorldsSaysHowToWriteIt() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("p.yaml",
                HEAD + "worlds: [kube, queue]\nparams:\n  servers: 2\n"));

        assertEquals("p.yaml:6:3: params: with several worlds, give each world's params under its name, such as "
                + "params: {kube: {...}, queue: {...}}", e.getMessage());
    }

    @Test
    void aWorldsParamIsCheckedWhenTheFileLoadsNotWhenItRuns() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("p.yaml",
                HEAD + "worlds: [kube, queue]\nparams:\n  queue: {serverz: 2}\n  kube: {clientQps: 0}\n"));

        String all = e.getMessage();
        assertTrue(all.contains("p.yaml:6:11: unknown key 'serverz' (did you mean 'servers'?)"), all);
        assertTrue(all.contains("p.yaml:7:21: clientQps: 0 is out of range; expected from 1 to 100000"), all);
    }

    @Test
    void paramsOfAWorldTheScenarioDoesNotListAreRefused() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("p.yaml",
                HEAD + "worlds: [queue]\nparams:\n  kube: {clientQps: 50}\n"));

        assertEquals("p.yaml:6:3: params: 'kube' is not a world of this scenario; expected one of: queue",
                e.getMessage());
    }

    @Test
    void aWorldsSectionMustBeAMap() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("p.yaml",
                HEAD + "worlds: [kube, queue]\nparams:\n  queue: {servers: 2}\n  kube: 5\n"));

        assertEquals("p.yaml:7:9: params.kube: expected a map of the kube world's parameters, found text '5'",
                e.getMessage());
    }
}
