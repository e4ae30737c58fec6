package dev.podium.scenario;

import dev.podium.engine.Kernel;
import dev.podium.timeline.Asked;
import dev.podium.timeline.EventTypes;
import dev.podium.timeline.Narrated;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One simulation of a scenario: a kernel, the scenario's worlds on it, its timed actions, and the
 * timeline they fill. The run is computed lazily: {@link #advanceTo} fires events up to a time with a
 * bound on the work, so the UI can compute just ahead of the playhead, frame by frame.
 *
 * <p>Acting on the past forks the future: {@link #withAction} makes a new run at time zero whose scenario has one
 * more action (checked at once, cheap), and computing it up to the action's time is the caller's bulk work
 * ({@link #advanceTo}); {@link #fork} does both in one call. The kernel is deterministic, so the new run's events
 * before that time are the old run's events; after it, the old future is gone.
 *
 * <p>Scenario actions fire at priority 1, after the worlds' own events at the same instant, so the
 * state a user saw at time t is the state the action acts on.
 *
 * <p><b>Threads:</b> single-threaded, like the kernel: one thread at a time owns a run and everything it
 * returns (its timeline). Ownership may pass to another thread through a hand-off that orders memory (an
 * executor, a queue): a forked run is built on the FX thread, computed on a worker, then handed back to the FX
 * thread to be shown. Two threads never use one run at once; different runs share no mutable state.
 *
 * <p>Worlds come from a {@link WorldRegistry}: each of the scenario's worlds is bound ({@link World#bind}), every
 * action is checked against its verb, every binding starts, then the bindings offer and connect what they share
 * ({@link WorldLinks}), all before the first event fires.
 */
public final class ScenarioRun {
    /** Priority of scenario actions: after world events at the same instant. */
    static final int ACTION_PRIORITY = 1;

    private final Scenario scenario;
    private final WorldRegistry registry;
    private final Kernel kernel;
    private final Timeline timeline = new Timeline();
    /** Each verb's binding, by verb name. */
    private final Map<String, WorldBinding> bindingOfVerb = new HashMap<>();
    private final List<WorldBinding> worlds = new ArrayList<>();
    private final List<ScenarioProblem> actionProblems = new ArrayList<>();

    private ScenarioRun(Scenario scenario, WorldRegistry registry) throws ScenarioException {
        this.scenario = scenario;
        this.registry = registry;
        this.kernel = new Kernel(scenario.seed());
        Path dir = scenarioDir(scenario);
        for (String name : scenario.worlds()) {
            World world = world(name);
            WorldBinding binding = world.bind(scenario, dir);
            worlds.add(binding);
            world.verbs().forEach(verb -> bindingOfVerb.putIfAbsent(verb.name(), binding));
        }
        for (TimedAction action : scenario.actions()) {
            checkVerb(action);
        }
        for (WorldBinding world : worlds) {
            world.start(kernel, timeline);
        }
        WorldLinks links = new WorldLinks();
        worlds.forEach(world -> world.offer(links));
        worlds.forEach(world -> world.connect(links));
        for (TimedAction action : scenario.actions()) {
            if (action.atNanos() <= scenario.durationNanos()) {
                kernel.scheduleAt(action.atNanos(), ACTION_PRIORITY, () -> fire(action));
            }
        }
    }

    /** Builds a run of {@code scenario} at time zero with the standard worlds; nothing is computed yet. */
    public static ScenarioRun start(Scenario scenario) throws ScenarioException {
        return new ScenarioRun(scenario, WorldRegistry.standard());
    }

    /** Builds a run of {@code scenario} at time zero with the worlds of {@code registry}. */
    public static ScenarioRun start(Scenario scenario, WorldRegistry registry) throws ScenarioException {
        return new ScenarioRun(scenario, registry);
    }

    /** Every event type the standard worlds can produce, for recordings. */
    public static EventTypes eventTypes() {
        return WorldRegistry.standard().eventTypes();
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
     * A new run at time zero with {@code action} added to the scenario, with the same worlds; nothing is computed
     * yet, so this is cheap. The action's verb, target and arguments are checked here: a {@link ScenarioException}
     * means the action cannot be carried out and no run was made. Some problems only show when the action fires
     * (a target that names nothing): they land in the new run's {@link #actionProblems()} once it is computed
     * through the action's time. Later actions the scenario already had are kept: they are part of the lesson, not
     * of the old future. The new run shares no mutable state with this one and may be computed on another thread.
     */
    public ScenarioRun withAction(TimedAction action) throws ScenarioException {
        return new ScenarioRun(scenario.withAction(action), registry);
    }

    /**
     * {@link #withAction} computed up to just before the action's time (the action itself fires on the next
     * advance), all on the calling thread with no bound on the work: for headless use. The window computes a
     * fork off the FX thread instead.
     */
    public ScenarioRun fork(TimedAction action) throws ScenarioException {
        ScenarioRun next = withAction(action);
        next.advanceTo(action.atNanos() - 1, Long.MAX_VALUE);
        return next;
    }

    /**
     * The cues the scenario's actions will add to the timeline, in time order, known before the run is computed
     * (the scrubber's chapter ticks, the presenter's Page Down): a {@link Narrated} for each {@code say}, an
     * {@link Asked} for each {@code ask} and its explanation as a {@link Narrated} one nanosecond later.
     */
    public List<WorldEvent> cues() {
        List<WorldEvent> cues = new ArrayList<>();
        for (TimedAction action : scenario.actions()) {
            if (action.atNanos() <= scenario.durationNanos()) {
                cues.addAll(cuesOf(action));
            }
        }
        cues.sort(Comparator.comparingLong(WorldEvent::timeNanos));
        return cues;
    }

    private static List<WorldEvent> cuesOf(TimedAction action) {
        List<WorldEvent> cues = new ArrayList<>();
        if (!action.say().isEmpty()) {
            cues.add(new Narrated(action.atNanos(), action.say().byLanguage()));
        }
        Question q = action.question();
        if (q != null) {
            List<Map<String, String>> options = q.options().stream().map(LocalizedText::byLanguage).toList();
            cues.add(new Asked(action.atNanos(), q.text().byLanguage(), options, q.answer()));
            cues.add(new Narrated(action.atNanos() + 1, q.explain().byLanguage()));
        }
        return cues;
    }

    private void fire(TimedAction action) {
        for (WorldEvent cue : cuesOf(action)) {
            if (cue.timeNanos() == kernel.now()) {
                timeline.append(cue);
            } else {
                // The explanation of an ask, just after it: a playhead held at the question does not show it.
                kernel.scheduleAt(cue.timeNanos(), ACTION_PRIORITY, () -> timeline.append(cue));
            }
        }
        WorldBinding binding = bindingOfVerb.get(action.verb());
        if (binding == null) {
            return;
        }
        try {
            binding.apply(action);
        } catch (ScenarioException e) {
            actionProblems.addAll(e.problems());
        }
    }

    private World world(String name) throws ScenarioException {
        World world = registry.get(name);
        if (world == null) {
            throw new ScenarioException(List.of(new ScenarioProblem(new SourceLocation(scenario.sourceName(), 1, 1),
                    "the " + name + " world is not available in this version of Podium (available: "
                            + String.join(", ", registry.names()) + ")")));
        }
        return world;
    }

    /** The scenario's worlds as this run's registry describes them, in the scenario's order. */
    public List<World> worlds() {
        return scenario.worlds().stream().map(registry::get).toList();
    }

    public WorldRegistry registry() {
        return registry;
    }

    /** The folder of the scenario's file, or null when it has none on disk (a built-in on the class path). */
    static Path scenarioDir(Scenario scenario) {
        try {
            Path file = Path.of(scenario.sourceName()).toAbsolutePath();
            return Files.isRegularFile(file) ? file.getParent() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Checks an action's verb, target and arguments before anything runs. */
    private void checkVerb(TimedAction action) throws ScenarioException {
        if (action.verb().equals(TimedAction.SAY) || action.verb().equals(TimedAction.ASK)) {
            return;
        }
        Verb<?> verb = registry.verb(scenario.worlds(), action.verb());
        if (verb == null) {
            throw new ScenarioException(List.of(new ScenarioProblem(action.where(),
                    "no world of this scenario does \"" + action.verb() + "\"")));
        }
        verb.check(action.target(), action.args(), action.where());
    }
}
