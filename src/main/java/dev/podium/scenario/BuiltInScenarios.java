package dev.podium.scenario;

import java.util.List;

/** STUB (replaced by the scenario branch). */
public final class BuiltInScenarios {
    private BuiltInScenarios() {
    }

    public static List<String> fileNames() {
        return List.of("queueing-basics.yaml");
    }
}
