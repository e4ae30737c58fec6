package dev.podium.cli;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioProblem;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints a scenario's warnings (what its worlds read but do not simulate) as compilers do:
 * {@code file:line:column: warning: message}, one a line, on the error stream.
 */
final class ScenarioWarnings {
    private ScenarioWarnings() {
    }

    /** Prints {@code scenario}'s warnings on {@code err}; returns how many. */
    static int print(Scenario scenario, PrintWriter err) {
        List<ScenarioProblem> warnings = ScenarioLoader.warnings(scenario);
        warnings.forEach(w -> err.println(line(w)));
        return warnings.size();
    }

    /** {@code file:line:column: warning: message}. */
    static String line(ScenarioProblem warning) {
        return warning.where() + ": warning: " + warning.message();
    }
}
