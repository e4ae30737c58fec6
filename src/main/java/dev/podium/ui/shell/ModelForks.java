package dev.podium.ui.shell;

import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.TimedAction;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The one fork of a {@link PlayerModel} that may be computing: builds it and checks its action on the FX thread,
 * computes it on the background executor, and hands it back through the FX executor to be swapped in, unless it
 * was dropped meanwhile or the model loaded another playback (its generation moved on). FX thread only, apart from
 * the worker's {@link PendingFork#compute()}.
 */
final class ModelForks {
    private final Executor background;
    private final Executor fx;
    private final LongSupplier generation;
    private final Runnable changed;
    private final ReadOnlyBooleanWrapper forking = new ReadOnlyBooleanWrapper(this, "forking");
    /** The fork being computed in the background, or null. */
    private PendingFork pending;

    /**
     * {@code generation} reads the model's current generation; {@code changed} runs whenever a fork starts or
     * ends, so the model can update what depends on it.
     */
    ModelForks(Executor background, Executor fx, LongSupplier generation, Runnable changed) {
        this.background = background;
        this.fx = fx;
        this.generation = generation;
        this.changed = changed;
    }

    ReadOnlyBooleanProperty forkingProperty() {
        return forking.getReadOnlyProperty();
    }

    /** True while a fork computes. */
    boolean busy() {
        return pending != null;
    }

    /**
     * Starts a fork of {@code run} with {@code action} (checked at once: a {@link ScenarioException} starts
     * nothing); once computed, a successful fork goes to {@code swap} before {@code listener} hears of it. False
     * if another fork is computing or the background executor refuses the work.
     */
    boolean start(ScenarioRun run, TimedAction action, Consumer<ScenarioRun> swap, ForkListener listener)
            throws ScenarioException {
        if (pending != null) {
            return false;
        }
        PendingFork fork = new PendingFork(run.withAction(action), action, generation.getAsLong(),
                run.actionProblems());
        pending = fork;
        forking.set(true);
        changed.run();
        try {
            background.execute(() -> {
                try {
                    fork.compute();
                } finally {
                    fx.execute(() -> finish(fork, swap, listener));
                }
            });
        } catch (RejectedExecutionException e) {
            drop();
            return false;
        }
        return true;
    }

    /** Forgets the pending fork, if any; a worker still computing it stops at its next chunk. */
    void drop() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        forking.set(false);
        changed.run();
    }

    /** On the FX executor, once the worker is done with {@code fork}: swaps it in, unless it was discarded. */
    private void finish(PendingFork fork, Consumer<ScenarioRun> swap, ForkListener listener) {
        if (fork.generation() != generation.getAsLong() || fork != pending) {
            return;
        }
        drop();
        if (!fork.succeeded()) {
            listener.failed(fork.failure());
            return;
        }
        swap.accept(fork.run());
        listener.swapped(fork.freshProblems());
    }
}
