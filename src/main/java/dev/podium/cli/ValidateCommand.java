package dev.podium.cli;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code podium validate <file>...}: checks scenario files; exit 1 if any has problems. Warnings (what is read but not
 * simulated) are printed as {@code file:line:column: warning: ...} on stderr and do not change the exit code.
 */
@Command(name = "validate", description = "Checks scenario files and prints every problem with file:line:column.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files")
    private List<Path> files;

    @Override
    public Integer call() {
        int bad = 0;
        for (Path file : files) {
            try {
                Scenario scenario = ScenarioLoader.loadAndCheck(file);
                int warnings = ScenarioWarnings.print(scenario, spec.commandLine().getErr());
                spec.commandLine().getOut().println(file + ": ok" + (warnings == 0 ? ""
                        : " (" + warnings + (warnings == 1 ? " warning)" : " warnings)")));
            } catch (ScenarioException e) {
                bad++;
                e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            }
        }
        return bad == 0 ? 0 : PodiumCli.INPUT_PROBLEM;
    }
}
