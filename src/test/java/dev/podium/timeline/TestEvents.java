package dev.podium.timeline;

import java.util.List;

/** Small event records for timeline tests. */
final class TestEvents {
    private TestEvents() {
    }

    record Counted(long timeNanos, int delta, String label) implements WorldEvent {
    }

    record Flagged(long timeNanos, boolean on, List<String> tags) implements WorldEvent {
    }

    static EventTypes types() {
        return new EventTypes().register(List.of(Counted.class, Flagged.class));
    }
}
