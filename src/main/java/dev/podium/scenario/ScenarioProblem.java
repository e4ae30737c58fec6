package dev.podium.scenario;

import java.util.Objects;

/**
 * One thing wrong with a scenario source: where it is and a message for a person that says what was
 * found and what was expected. Immutable. {@link #toString()} prints {@code file:line:column: message}.
 */
public record ScenarioProblem(SourceLocation where, String message) {

    /** Checks both parts are present. */
    public ScenarioProblem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
