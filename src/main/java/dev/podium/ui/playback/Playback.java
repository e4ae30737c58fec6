package dev.podium.ui.playback;

import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.Asked;
import dev.podium.timeline.Narrated;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * What the player plays: a timeline that a source fills. Three sources: a simulation computed just
 * ahead of the playhead ({@link SimulationPlayback}), a recording read from a file, complete from
 * the start ({@link RecordingPlayback}), and a live cluster whose timeline grows with wall time
 * ({@code dev.podium.ui.live.LivePlayback}). The player, the views and the narration see only this, and ask
 * what a playback can do ({@link #followsWallClock()}, {@link #canFork()}, {@link #limitNanos()},
 * {@link #label()}, {@link #saveHeader()}) rather than which kind it is. FX thread only; no JavaFX types.
 */
public interface Playback {
    /** The worlds this playback shows, in display order ({@code queue}, {@code kube}). */
    List<String> worlds();

    Timeline timeline();

    /** What to call the source in titles and forked scenarios: a context, a file name, a scenario's name. */
    String label();

    /** The end of the scrubber: the run's duration, the recording's last event, or "now" for live. */
    long durationNanos();

    /**
     * The furthest the playhead may go: {@link #durationNanos()}, except for a source whose end moves with the
     * wall clock, which may be played into the future it has not reached yet.
     */
    default long limitNanos() {
        return followsWallClock() && !isComplete() ? Long.MAX_VALUE / 4 : durationNanos();
    }

    /** The time up to which every event is in the timeline. */
    long computedNanos();

    /** True when nothing more will be added up to {@link #durationNanos()}. */
    boolean isComplete();

    /**
     * True when the timeline grows with wall time (a live cluster): the player starts it at "now", playing at real
     * time, and can go back to "now". Default: false.
     */
    default boolean followsWallClock() {
        return false;
    }

    /**
     * Fills the timeline toward {@code tNanos} with at most {@code maxEvents} events; returns how
     * many were added (equal to {@code maxEvents}: call again).
     */
    long advanceTo(long tNanos, long maxEvents);

    /** True when acting on the past forks the future: {@link #simulation()} is not null. */
    default boolean canFork() {
        return simulation() != null;
    }

    /** The simulation behind this playback, for forking; null when it is not a simulation. */
    default ScenarioRun simulation() {
        return null;
    }

    /**
     * The header a recording saved from this playback gets (File > Save Recording…), or null when this playback
     * is not saved that way (a simulation is recorded with {@code podium run --out}, a recording is a file already).
     */
    default RecordingHeader saveHeader() {
        return null;
    }

    /**
     * The narration cues ({@link Narrated}) and questions ({@link Asked}) of this playback, in time order: a
     * presenter steps through them like slides and the scrubber shows them as chapter ticks. Default: those in
     * the timeline so far (a recording has them all); a simulation knows its own before they are computed.
     */
    default List<WorldEvent> cues() {
        List<WorldEvent> cues = new ArrayList<>();
        for (WorldEvent event : timeline().snapshot()) {
            if (event instanceof Narrated || event instanceof Asked) {
                cues.add(event);
            }
        }
        return cues;
    }

    /** Releases what the source holds (a live session's informers). Default: nothing. */
    default void close() {
    }
}
