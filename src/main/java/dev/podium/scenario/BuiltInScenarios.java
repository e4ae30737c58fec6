package dev.podium.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The gallery of built-in scenarios: the file names listed, one per line, in the class path resource
 * {@code simulations/gallery.txt} (blank lines and lines starting with {@code #} are ignored), in that
 * order. Stateless and thread-safe.
 */
public final class BuiltInScenarios {

    static final String GALLERY = ScenarioLoader.BUILT_IN_FOLDER + "gallery.txt";

    private BuiltInScenarios() {
    }

    /**
     * The gallery's file names in order.
     *
     * @throws IllegalStateException if the gallery list is not on the class path (a packaging defect)
     */
    public static List<String> fileNames() {
        InputStream in = BuiltInScenarios.class.getClassLoader().getResourceAsStream(GALLERY);
        if (in == null) {
            throw new IllegalStateException(GALLERY + " is missing from the class path");
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + GALLERY, e);
        }
        return List.copyOf(names);
    }

    /** Every gallery scenario, in gallery order; the problems of all broken ones in one exception. */
    public static List<Scenario> loadAll() throws ScenarioException {
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        for (String fileName : fileNames()) {
            try {
                scenarios.add(ScenarioLoader.loadBuiltIn(fileName));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return List.copyOf(scenarios);
    }
}
