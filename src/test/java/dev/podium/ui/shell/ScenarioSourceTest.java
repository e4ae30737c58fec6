package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.podium.scenario.BuiltInScenarios;
import dev.podium.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start path reads one lesson; the rest of the gallery comes later, with that lesson as its first card. */
class ScenarioSourceTest {
    @Test
    void theDefaultLessonAloneThenTheGalleryAroundIt() {
        ScenarioSource source = new ScenarioSource();
        Scenario first = source.defaultBuiltIn();
        assertNotNull(first);
        assertEquals(BuiltInScenarios.fileNames().get(0), first.name() + ".yaml");
        List<Scenario> all = source.builtIns(first);
        assertSame(first, all.get(0), "the open lesson is the very card in the gallery, so it is marked current");
        assertEquals(BuiltInScenarios.fileNames().size(), all.size());
        assertEquals(source.builtIns().stream().map(Scenario::name).toList(),
                all.stream().map(Scenario::name).toList());
    }
}
