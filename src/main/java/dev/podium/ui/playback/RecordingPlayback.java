package dev.podium.ui.playback;

import dev.podium.scenario.WorldRegistry;
import dev.podium.timeline.Recording;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import java.util.List;

/**
 * A recording read from a file as a {@link Playback}: every event is there from the start, so the
 * scrubber covers it all and nothing is computed. Its worlds are those its header names, or (a version-1
 * recording) those its events belong to.
 */
public final class RecordingPlayback implements Playback {
    private final RecordingHeader header;
    private final String fileName;
    private final Timeline timeline;
    private final List<String> worlds;
    private final long duration;

    public RecordingPlayback(Recording recording, String fileName) {
        this.header = recording.header();
        this.fileName = fileName;
        this.timeline = recording.toTimeline();
        this.worlds = header.worlds() != null && !header.worlds().isEmpty() ? header.worlds()
                : WorldRegistry.standard().worldsOf(recording.events());
        List<WorldEvent> events = recording.events();
        this.duration = Math.max(1, events.isEmpty() ? 0 : events.get(events.size() - 1).timeNanos());
        timeline.advanceEnd(duration);
    }

    public RecordingHeader header() {
        return header;
    }

    public String fileName() {
        return fileName;
    }

    @Override
    public String label() {
        return fileName;
    }

    @Override
    public List<String> worlds() {
        return worlds;
    }

    @Override
    public Timeline timeline() {
        return timeline;
    }

    @Override
    public long durationNanos() {
        return duration;
    }

    @Override
    public long computedNanos() {
        return duration;
    }

    @Override
    public boolean isComplete() {
        return true;
    }

    @Override
    public long advanceTo(long tNanos, long maxEvents) {
        return 0;
    }
}
