package dev.podium.scenario;

/** STUB (replaced by the scenario branch). */
public record TimedAction(long atNanos, String verb, String target, Params args, LocalizedText say,
        SourceLocation where) {
}
