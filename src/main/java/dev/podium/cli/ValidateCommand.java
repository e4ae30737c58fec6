package dev.podium.cli;

import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code podium validate <file>...}: checks scenario files; exit 1 if any has problems. */
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
                ScenarioLoader.loadAndCheck(file);
                spec.commandLine().getOut().println(file + ": ok");
            } catch (ScenarioException e) {
                bad++;
                e.problems().forEach(p -> spec.commandLine().getErr().println(p));
            }
        }
        return bad == 0 ? 0 : PodiumCli.INPUT_PROBLEM;
    }
}
