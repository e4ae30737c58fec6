package dev.podium.ui.playback;

import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import java.util.List;

/** A simulation run as a {@link Playback}: computed lazily, just ahead of the playhead. */
public final class SimulationPlayback implements Playback {
    private final ScenarioRun run;

    public SimulationPlayback(ScenarioRun run) {
        this.run = run;
    }

    @Override
    public String label() {
        return run.scenario().name();
    }

    @Override
    public List<String> worlds() {
        return run.scenario().worlds();
    }

    @Override
    public Timeline timeline() {
        return run.timeline();
    }

    @Override
    public long durationNanos() {
        return run.durationNanos();
    }

    @Override
    public long computedNanos() {
        return run.computedNanos();
    }

    @Override
    public boolean isComplete() {
        return run.isComplete();
    }

    @Override
    public long advanceTo(long tNanos, long maxEvents) {
        return run.advanceTo(tNanos, maxEvents);
    }

    /** The scenario's cues, known before the run reaches them. */
    @Override
    public List<WorldEvent> cues() {
        return run.cues();
    }

    @Override
    public ScenarioRun simulation() {
        return run;
    }
}
