package dev.podium.scenario;

/** STUB (replaced by the scenario branch). */
public record ScenarioProblem(SourceLocation where, String message) {
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
