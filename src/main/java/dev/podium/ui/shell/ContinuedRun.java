package dev.podium.ui.shell;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.SimulationFork;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldRegistry;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import java.util.List;

/**
 * What "Continue as Simulation" computes away from the FX thread: the world's fork of a live or recorded timeline at
 * a time ({@link World#fork}, which writes the scenario and loads it back), the new run started on that scenario
 * (its cluster built), and the scenario's warnings. Either {@code run} (with {@code scenario} and {@code warnings})
 * or {@code problems} is set; both null when the world had nothing to fork. Immutable once made; made on a worker
 * thread, handed to the FX thread through an executor (which orders the memory), owned by the FX thread after.
 */
record ContinuedRun(Scenario scenario, ScenarioRun run, List<ScenarioProblem> warnings,
        List<ScenarioProblem> problems) {

    /** Any thread that owns {@code events} (a snapshot): forks {@code world} at {@code atNanos} and starts the run. */
    static ContinuedRun compute(World world, List<WorldEvent> events, long atNanos, String label,
            WorldRegistry registry) {
        Timeline timeline = new Timeline();
        events.forEach(timeline::append);
        try {
            SimulationFork fork = world.fork(timeline, atNanos, label).orElse(null);
            if (fork == null) {
                return new ContinuedRun(null, null, List.of(), null);
            }
            Scenario scenario = fork.scenario();
            ScenarioRun run = ScenarioRun.start(scenario, registry);
            return new ContinuedRun(scenario, run, ScenarioLoader.warnings(scenario, registry), null);
        } catch (ScenarioException e) {
            return new ContinuedRun(null, null, List.of(), e.problems());
        }
    }
}
