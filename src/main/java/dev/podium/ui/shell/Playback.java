package dev.podium.ui.shell;

import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.Timeline;
import java.util.List;

/**
 * What the player plays: a timeline that a source fills. Three sources: a simulation computed just
 * ahead of the playhead ({@link SimulationPlayback}), a recording read from a file, complete from
 * the start ({@link RecordingPlayback}), and a live cluster whose timeline grows with wall time
 * ({@link LivePlayback}). The player, the views and the narration see only this. FX thread only.
 */
public interface Playback {
    /** Where the events come from. */
    enum Kind { SIMULATION, RECORDING, LIVE }

    Kind kind();

    /** The worlds this playback shows, in display order ({@code queue}, {@code kube}). */
    List<String> worlds();

    Timeline timeline();

    /** The end of the scrubber: the run's duration, the recording's last event, or "now" for live. */
    long durationNanos();

    /** The time up to which every event is in the timeline. */
    long computedNanos();

    /** True when nothing more will be added up to {@link #durationNanos()}. */
    boolean isComplete();

    /**
     * Fills the timeline toward {@code tNanos} with at most {@code maxEvents} events; returns how
     * many were added (equal to {@code maxEvents}: call again).
     */
    long advanceTo(long tNanos, long maxEvents);

    /** The simulation behind this playback, for forking; null when it is not a simulation. */
    default ScenarioRun simulation() {
        return null;
    }

    /** Releases what the source holds (a live session's informers). Default: nothing. */
    default void close() {
    }
}
