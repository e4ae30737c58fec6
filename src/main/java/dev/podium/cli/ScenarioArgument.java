package dev.podium.cli;

import dev.podium.scenario.BuiltInScenarios;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resolves a scenario argument: a file path, or the name of a built-in ({@code queueing-basics}). */
public final class ScenarioArgument {
    private ScenarioArgument() {
    }

    /** The scenario {@code argument} names: a file, or a built-in lesson by name. */
    public static Scenario load(String argument) throws ScenarioException {
        Path path = Path.of(argument);
        if (Files.exists(path)) {
            return ScenarioLoader.load(path);
        }
        String fileName = argument.endsWith(".yaml") ? argument : argument + ".yaml";
        if (BuiltInScenarios.fileNames().contains(fileName)) {
            return ScenarioLoader.loadBuiltIn(fileName);
        }
        return ScenarioLoader.load(path); // reports the missing file in the loader's words
    }
}
