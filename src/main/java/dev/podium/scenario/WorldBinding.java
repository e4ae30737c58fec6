package dev.podium.scenario;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;

/**
 * One world wired into one run: builds its simulated actors and carries out its verbs on them. Made by
 * {@link World#bind}; {@link ScenarioRun} calls, in this order, {@link #start} on every binding, then
 * {@link #offer} on every binding, then {@link #connect} on every binding, then runs the kernel. Single-threaded,
 * on the run's thread.
 */
public interface WorldBinding {
    /** Builds the world's actors on {@code kernel} and schedules their first events. */
    void start(Kernel kernel, EventSink sink) throws ScenarioException;

    /** Carries out an action of one of this world's verbs at the kernel's current time. */
    void apply(TimedAction action) throws ScenarioException;

    /**
     * Offers what other worlds of the run may use (an implementation of an input interface that the consuming
     * world owns). Default: nothing.
     */
    default void offer(WorldLinks links) {
    }

    /** Takes what other worlds offered (see {@link WorldLinks}). Default: nothing. */
    default void connect(WorldLinks links) {
    }
}
