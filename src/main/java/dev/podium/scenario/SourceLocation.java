package dev.podium.scenario;

/** STUB (replaced by the scenario branch). */
public record SourceLocation(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
