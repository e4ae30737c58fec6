package dev.podium.scenario;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;

/**
 * Wires one world into a run: builds its simulated actors from the scenario's params and carries out
 * the scenario's actions on them. One implementation per world; {@link ScenarioRun} holds them.
 */
interface WorldBinding {
    /** Builds the world's actors on {@code kernel} and schedules their first events. */
    void start(Kernel kernel, EventSink sink) throws ScenarioException;

    /** True if this world carries out {@code verb}. */
    boolean handles(String verb);

    /** Carries out an action at the kernel's current time. */
    void apply(TimedAction action) throws ScenarioException;
}
