package dev.podium.scenario;

import java.nio.file.Path;
import java.util.List;

/** STUB (replaced by the scenario branch). */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    public static Scenario load(Path file) throws ScenarioException {
        throw new ScenarioException(List.of(new ScenarioProblem(new SourceLocation(file.toString(), 1, 1), "stub")));
    }

    public static Scenario parse(String sourceName, String yamlText) throws ScenarioException {
        throw new ScenarioException(List.of(new ScenarioProblem(new SourceLocation(sourceName, 1, 1), "stub")));
    }

    public static Scenario loadBuiltIn(String fileName) throws ScenarioException {
        throw new ScenarioException(List.of(new ScenarioProblem(new SourceLocation(fileName, 1, 1), "stub")));
    }
}
