package dev.podium.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario could not be read or is not valid. Carries every problem found (at least one), in the order
 * they appear in the source where practical. {@link #getMessage()} is all problems, one per line, each as
 * {@code file:line:column: message}; it never contains a stack trace or Java class names.
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<ScenarioProblem> problems;

    /** An exception for {@code problems}, which must not be empty. */
    public ScenarioException(List<ScenarioProblem> problems) {
        super(join(problems));
        this.problems = List.copyOf(problems);
    }

    /** An exception for one problem. */
    public ScenarioException(ScenarioProblem problem) {
        this(List.of(problem));
    }

    /** An exception for one problem at {@code where}. */
    public ScenarioException(SourceLocation where, String message) {
        this(new ScenarioProblem(where, message));
    }

    /** The problems, never empty, unmodifiable. */
    public List<ScenarioProblem> problems() {
        return problems;
    }

    private static String join(List<ScenarioProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        return problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n"));
    }
}
