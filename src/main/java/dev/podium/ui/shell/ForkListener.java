package dev.podium.ui.shell;

import dev.podium.scenario.ScenarioProblem;
import java.util.List;

/**
 * Hears how a fork started by {@link PlayerModel#forkWith(dev.podium.scenario.TimedAction, ForkListener)} ended.
 * Called on the model's FX executor, at most once per fork, and never for a fork that was discarded because
 * another playback was loaded meanwhile. Both methods do nothing unless overridden.
 */
public interface ForkListener {
    /** The forked run is on show; {@code freshProblems} are those the action met that the old run did not have. */
    default void swapped(List<ScenarioProblem> freshProblems) {
    }

    /** Computing the fork failed ({@code cause} is null if it did not throw); the old run stays. */
    default void failed(Throwable cause) {
    }
}
