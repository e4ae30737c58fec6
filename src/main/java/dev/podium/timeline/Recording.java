package dev.podium.timeline;

import java.util.List;

/**
 * A recording read back: its header, the events up to the last good line, and warnings (unknown
 * event types skipped, or where reading stopped and why). Immutable.
 */
public record Recording(RecordingHeader header, List<WorldEvent> events, List<String> warnings) {
    public Recording {
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }

    /** A timeline holding these events. */
    public Timeline toTimeline() {
        Timeline timeline = new Timeline();
        for (WorldEvent event : events) {
            timeline.append(event);
        }
        return timeline;
    }
}
