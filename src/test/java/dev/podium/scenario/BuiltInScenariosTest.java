package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The gallery list and the simulations/ folder agree, and every built-in scenario is valid and bilingual. */
class BuiltInScenariosTest {

    /** The repository's simulations/ folder; tests run from the project root. */
    private static final Path SIMULATIONS = Path.of("simulations");

    static List<String> galleryFileNames() {
        return BuiltInScenarios.fileNames();
    }

    @ParameterizedTest(name = "{0} loads")
    @MethodSource("galleryFileNames")
    void everyGalleryFileLoadsWithoutProblemsAndIsBilingual(String fileName) throws Exception {
        Scenario scenario = ScenarioLoader.loadBuiltIn(fileName);

        assertEquals("simulations/" + fileName, scenario.sourceName());
        assertEquals(fileName, scenario.name() + ".yaml");
        for (LocalizedText text : List.of(scenario.title(), scenario.description())) {
            assertTrue(text.byLanguage().containsKey("en") && text.byLanguage().containsKey("zh-CN"), fileName);
        }
        for (TimedAction action : scenario.actions()) {
            assertTrue(action.say().isEmpty() || action.say().byLanguage().size() == 2,
                    () -> action.where() + ": narration needs en and zh-CN");
        }
    }

    @Test
    void everyYamlFileInSimulationsIsListedInTheGallery() throws Exception {
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(SIMULATIONS)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertFalse(onDisk.isEmpty());
        assertEquals(onDisk, new TreeSet<>(BuiltInScenarios.fileNames()));
    }

    @Test
    void loadAllReturnsTheGalleryInOrder() throws Exception {
        assertEquals(BuiltInScenarios.fileNames(),
                BuiltInScenarios.loadAll().stream().map(s -> s.name() + ".yaml").toList());
    }

    @Test
    void queueingBasicsStepsArrivalsUpThenAddsAServerAndABurst() throws Exception {
        Scenario lesson = ScenarioLoader.loadBuiltIn("queueing-basics.yaml");

        assertEquals(42, lesson.seed());
        assertEquals(600_000_000_000L, lesson.durationNanos());
        assertEquals(List.of("queue"), lesson.worlds());
        assertEquals("0.5", lesson.params("queue").asStrings().get("arrivalsPerSecond"));
        assertEquals(1_000_000_000L, lesson.params("queue").durationNanos("meanServiceTime", 0, 0, Long.MAX_VALUE));
        assertEquals(List.of("0.7", "0.8", "0.9", "0.95"), lesson.actions().stream()
                .filter(a -> a.verb().equals("setArrivalRate"))
                .map(a -> a.args().asStrings().get("arrivalsPerSecond")).toList());
        List<String> verbs = lesson.actions().stream().map(TimedAction::verb).toList();
        assertTrue(verbs.indexOf("setServers") > verbs.lastIndexOf("setArrivalRate"));
        assertTrue(verbs.indexOf("burst") > verbs.indexOf("setServers"));
    }

    @Test
    void unknownOrUnsafeBuiltInNamesAreProblemsNotCrashes() {
        for (String name : List.of("nope.yaml", "../pom.xml", "")) {
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> ScenarioLoader.loadBuiltIn(name));
            assertTrue(e.getMessage().startsWith("simulations/" + name + ": "), e::getMessage);
        }
    }
}
