package dev.podium.ui.shell;

import dev.podium.scenario.BuiltInScenarios;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the shell gets scenarios: the built-in gallery and files the user opens. The one place the
 * UI calls the scenario loader, so the shell does not care how scenarios are read.
 */
public class ScenarioSource {
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioSource.class);

    /**
     * The built-in scenarios, in gallery order; the first is the default. A built-in that fails to load
     * is a bug (the tests load every one); it is logged and left out rather than taking the app down.
     */
    public List<Scenario> builtIns() {
        List<Scenario> scenarios = new ArrayList<>();
        for (String fileName : BuiltInScenarios.fileNames()) {
            try {
                scenarios.add(ScenarioLoader.loadBuiltIn(fileName));
            } catch (ScenarioException e) {
                LOG.error("built-in scenario {} does not load:\n{}", fileName, e.getMessage());
            }
        }
        return scenarios;
    }

    /** Reads a scenario file; problems name file:line:column. */
    public Scenario open(Path path) throws ScenarioException {
        return ScenarioLoader.load(path);
    }
}
