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
        return builtIns(null);
    }

    /**
     * The built-in scenarios as {@link #builtIns()}, with {@code first} (what {@link #defaultBuiltIn()} returned,
     * may be null) standing for the first file instead of a second copy, so the window's open scenario is the very
     * object in the gallery.
     */
    public List<Scenario> builtIns(Scenario first) {
        List<Scenario> scenarios = new ArrayList<>();
        List<String> names = BuiltInScenarios.fileNames();
        for (int i = 0; i < names.size(); i++) {
            if (i == 0 && first != null) {
                scenarios.add(first);
                continue;
            }
            Scenario loaded = load(names.get(i));
            if (loaded != null) {
                scenarios.add(loaded);
            }
        }
        return scenarios;
    }

    /**
     * The default scenario (the gallery's first) alone: all the window needs before its first frame; the rest of
     * the gallery loads after it. Null if it does not load (logged), and then the window starts empty.
     */
    public Scenario defaultBuiltIn() {
        List<String> names = BuiltInScenarios.fileNames();
        return names.isEmpty() ? null : load(names.get(0));
    }

    private static Scenario load(String fileName) {
        try {
            return ScenarioLoader.loadBuiltIn(fileName);
        } catch (ScenarioException e) {
            LOG.error("built-in scenario {} does not load:\n{}", fileName, e.getMessage());
            return null;
        }
    }

    /** Reads a scenario file; problems name file:line:column. */
    public Scenario open(Path path) throws ScenarioException {
        return ScenarioLoader.load(path);
    }
}
