package dev.podium.ui.shell;

import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.TimedAction;
import java.util.ArrayList;
import java.util.List;

/**
 * A fork of the simulation on its way to the screen. The forked run was built, and its action checked, on the FX
 * thread ({@link ScenarioRun#withAction}); {@link #compute()} then runs on one worker thread, which owns the run
 * until the hand-off back to the FX thread (an executor, which orders the memory). Before the hand-off the FX side
 * reads only {@link #generation()} and calls {@link #cancel()}; after it, it reads the rest.
 *
 * <p>The worker computes the run through the action's instant, so the action has fired and any problem it met
 * (a target that names nothing) is known. It works in chunks of {@link #CHUNK_EVENTS} events and stops early once
 * cancelled: a fork nobody will show (another scenario was opened) does not hold the worker.
 */
final class PendingFork {
    /** Events computed between two looks at {@link #cancel()}. */
    static final long CHUNK_EVENTS = 50_000;

    private final ScenarioRun run;
    private final TimedAction action;
    private final long generation;
    private final List<ScenarioProblem> problemsBefore;
    private volatile boolean cancelled;
    /** Written by the worker, read by the FX thread after the hand-off. */
    private boolean finished;
    private RuntimeException failure;

    /**
     * {@code run} is the forked run at time zero; {@code problemsBefore} the old run's action problems, so that
     * only new ones are reported; {@code generation} the player's generation when the fork started.
     */
    PendingFork(ScenarioRun run, TimedAction action, long generation, List<ScenarioProblem> problemsBefore) {
        this.run = run;
        this.action = action;
        this.generation = generation;
        this.problemsBefore = List.copyOf(problemsBefore);
    }

    /** Any thread: the player's generation when this fork started. */
    long generation() {
        return generation;
    }

    /** Any thread: stop computing at the next chunk; the result will not be shown. */
    void cancel() {
        cancelled = true;
    }

    /** The worker thread: computes the run through the action's instant. A failure is kept, not thrown. */
    void compute() {
        try {
            long until = action.atNanos();
            while (!cancelled && run.advanceTo(until, CHUNK_EVENTS) == CHUNK_EVENTS) {
                // one more chunk
            }
            finished = !cancelled;
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** FX thread, after the hand-off: true if the run was computed through the action's instant. */
    boolean succeeded() {
        return finished;
    }

    /** FX thread, after the hand-off: why computing failed; null if it did not throw (or was cancelled). */
    RuntimeException failure() {
        return failure;
    }

    /** FX thread, after the hand-off: the forked run, now owned by the FX thread. */
    ScenarioRun run() {
        return run;
    }

    /** FX thread, after the hand-off: problems the action met that the old run did not already have. */
    List<ScenarioProblem> freshProblems() {
        List<ScenarioProblem> fresh = new ArrayList<>(run.actionProblems());
        problemsBefore.forEach(fresh::remove);
        return fresh;
    }
}
