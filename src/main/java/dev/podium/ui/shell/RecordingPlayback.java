package dev.podium.ui.shell;

import dev.podium.timeline.Recording;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.queue.QueueEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A recording read from a file as a {@link Playback}: every event is there from the start, so the
 * scrubber covers it all and nothing is computed. Its worlds are those its events belong to.
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
        this.worlds = worldsOf(recording.events());
        List<WorldEvent> events = recording.events();
        this.duration = Math.max(1, events.isEmpty() ? 0 : events.get(events.size() - 1).timeNanos());
        timeline.advanceEnd(duration);
    }

    /** The worlds {@code events} belong to, in the gallery's order. */
    static List<String> worldsOf(List<WorldEvent> events) {
        boolean queue = false;
        boolean kube = false;
        for (WorldEvent event : events) {
            queue |= event instanceof QueueEvent;
            kube |= event instanceof KubeEvent;
            if (queue && kube) {
                break;
            }
        }
        List<String> out = new ArrayList<>();
        if (queue) {
            out.add("queue");
        }
        if (kube || out.isEmpty()) {
            out.add("kube");
        }
        return List.copyOf(out);
    }

    public RecordingHeader header() {
        return header;
    }

    public String fileName() {
        return fileName;
    }

    @Override
    public Kind kind() {
        return Kind.RECORDING;
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
