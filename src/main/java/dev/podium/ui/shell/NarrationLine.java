package dev.podium.ui.shell;

/**
 * One line of the narration panel.
 *
 * @param timeNanos when it happened, in simulated nanoseconds
 * @param text the sentence in the current language
 * @param kind an event of a world, a scenario's cue (emphasised), or the shell's own note
 */
public record NarrationLine(long timeNanos, String text, Kind kind) {
    /** What a line is. */
    public enum Kind { EVENT, CUE, NOTE }
}
