package dev.podium.scenario;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventTypes;
import dev.podium.timeline.Narrated;
import dev.podium.timeline.Timeline;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.queue.QueueEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One simulation of a scenario: a kernel, the scenario's worlds on it, its timed actions, and the
 * timeline they fill. The run is computed lazily: {@link #advanceTo} fires events up to a time with a
 * bound on the work, so the UI can compute just ahead of the playhead, frame by frame.
 *
 * <p>Acting on the past forks the future: {@link #fork} makes a new run whose scenario has one more
 * action and recomputes it from zero up to the action's time. The kernel is deterministic, so the
 * new run's events before that time are the old run's events; after it, the old future is gone.
 *
 * <p>Scenario actions fire at priority 1, after the worlds' own events at the same instant, so the
 * state a user saw at time t is the state the action acts on. Single-threaded, like the kernel.
 */
public final class ScenarioRun {
    /** Priority of scenario actions: after world events at the same instant. */
    static final int ACTION_PRIORITY = 1;

    private final Scenario scenario;
    private final Kernel kernel;
    private final Timeline timeline = new Timeline();
    private final List<WorldBinding> worlds = new ArrayList<>();
    private final List<ScenarioProblem> actionProblems = new ArrayList<>();

    private ScenarioRun(Scenario scenario) throws ScenarioException {
        this.scenario = scenario;
        this.kernel = new Kernel(scenario.seed());
        for (String world : scenario.worlds()) {
            worlds.add(bind(world));
        }
        for (TimedAction action : scenario.actions()) {
            checkVerb(action);
        }
        for (WorldBinding world : worlds) {
            world.start(kernel, timeline);
        }
        for (TimedAction action : scenario.actions()) {
            if (action.atNanos() <= scenario.durationNanos()) {
                kernel.scheduleAt(action.atNanos(), ACTION_PRIORITY, () -> fire(action));
            }
        }
    }

    /** Builds a run of {@code scenario} at time zero; nothing is computed yet. */
    public static ScenarioRun start(Scenario scenario) throws ScenarioException {
        return new ScenarioRun(scenario);
    }

    /** Every event type the available worlds can produce, for recordings. */
    public static EventTypes eventTypes() {
        return new EventTypes().register(QueueEvent.types()).register(KubeEvent.types());
    }

    public Scenario scenario() {
        return scenario;
    }

    public Timeline timeline() {
        return timeline;
    }

    public long durationNanos() {
        return scenario.durationNanos();
    }

    /** How far the run has been computed, in simulated nanoseconds. */
    public long computedNanos() {
        return kernel.now();
    }

    public boolean isComplete() {
        return kernel.now() >= scenario.durationNanos();
    }

    /** Problems met while carrying out actions (a bad argument in an action); the run goes on. */
    public List<ScenarioProblem> actionProblems() {
        return List.copyOf(actionProblems);
    }

    /**
     * Computes the run up to {@code tNanos} (capped at the duration), firing at most
     * {@code maxEvents} events. Returns the number fired; if it equals {@code maxEvents}, the run may
     * not have reached {@code tNanos} yet: call again next frame.
     */
    public long advanceTo(long tNanos, long maxEvents) {
        long target = Math.min(tNanos, scenario.durationNanos());
        long fired = kernel.runUntil(target, maxEvents);
        timeline.advanceEnd(kernel.now());
        return fired;
    }

    /** Computes the whole run. */
    public void runToEnd() {
        kernel.runUntil(scenario.durationNanos());
        timeline.advanceEnd(kernel.now());
    }

    /**
     * A new run with {@code action} added to the scenario, computed up to the action's time (the
     * action itself fires on the next advance). Later actions the scenario already had are kept: they
     * are part of the lesson, not of the old future.
     */
    public ScenarioRun fork(TimedAction action) throws ScenarioException {
        ScenarioRun next = new ScenarioRun(scenario.withAction(action));
        next.kernel.runUntil(action.atNanos() - 1);
        next.timeline.advanceEnd(next.kernel.now());
        return next;
    }

    private void fire(TimedAction action) {
        if (!action.say().isEmpty()) {
            Map<String, String> text = new TreeMap<>(action.say().byLanguage());
            timeline.append(new Narrated(kernel.now(), text));
        }
        if (action.verb().equals("say")) {
            return;
        }
        for (WorldBinding world : worlds) {
            if (world.handles(action.verb())) {
                try {
                    world.apply(action);
                } catch (ScenarioException e) {
                    actionProblems.addAll(e.problems());
                }
                return;
            }
        }
    }

    private WorldBinding bind(String world) throws ScenarioException {
        if (QueueBinding.WORLD.equals(world)) {
            return new QueueBinding(scenario.params());
        }
        if (KubeBinding.WORLD.equals(world)) {
            return new KubeBinding(scenario, scenarioDir(scenario));
        }
        throw new ScenarioException(List.of(new ScenarioProblem(new SourceLocation(scenario.sourceName(), 1, 1),
                "the " + world + " world is not available in this version of Podium (available: queue, kube)")));
    }

    /** The folder of the scenario's file, or null when it has none on disk (a built-in on the class path). */
    private static Path scenarioDir(Scenario scenario) {
        try {
            Path file = Path.of(scenario.sourceName()).toAbsolutePath();
            return Files.isRegularFile(file) ? file.getParent() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void checkVerb(TimedAction action) throws ScenarioException {
        if (action.verb().equals("say")) {
            return;
        }
        for (WorldBinding world : worlds) {
            if (world.handles(action.verb())) {
                return;
            }
        }
        throw new ScenarioException(List.of(new ScenarioProblem(action.where(),
                "no world of this scenario does \"" + action.verb() + "\"")));
    }
}
