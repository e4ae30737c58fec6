package dev.podium.ui.shell;

import dev.podium.scenario.World;
import dev.podium.scenario.WorldRegistry;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.playback.Playback;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * File > Continue as Simulation: the first world of a live cluster or a recording that can continue as a
 * simulation ({@link World#fork}) becomes a scenario at the playhead, which opens as a simulation where faults can
 * be injected. The real cluster is untouched: a live session is disconnected, nothing is sent. The fork is computed
 * on the worker executor and shown through the FX one; a ticket makes a late result lose to anything opened since
 * (or to Cancel). While it computes, {@link #busyProperty()} is true and the window shows its busy bar.
 * FX thread only.
 */
final class ContinueAsSimulation {
    private final MainWindow window;
    private final WorldRegistry registry;
    /** The app: a daemon thread and the FX thread's queue; tests: both at once on the calling thread. */
    private Executor worker = Runnable::run;
    private Executor fx = Runnable::run;
    /** Counts starts and opened playbacks, so a late fork does not replace a newer choice. */
    private long ticket;
    /** True from a start until its result is shown or dropped (the window's busy bar follows it). */
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    ContinueAsSimulation(MainWindow window, WorldRegistry registry) {
        this.window = window;
        this.registry = registry;
    }

    /** Where the fork computes and where it comes back. */
    void executors(Executor newWorker, Executor newFx) {
        this.worker = newWorker;
        this.fx = newFx;
    }

    /** Something else was opened, or the user cancelled: a fork still computing is dropped when it comes back. */
    void supersede() {
        ticket++;
        busy.set(false);
    }

    /** True while a fork is computing for the window (from {@link #start} until it is shown or superseded). */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The world of the playback on show that can continue as a simulation, if it is not a simulation already. */
    Optional<World> forkableWorld() {
        Playback p = window.model().playback();
        if (p == null || p.canFork()) {
            return Optional.empty();
        }
        return p.worlds().stream().map(registry::get).filter(w -> w != null && w.canContinueAsSimulation())
                .findFirst();
    }

    /** Starts the fork at the playhead; false if nothing on show can continue as a simulation. */
    boolean start() {
        Optional<World> world = forkableWorld();
        if (world.isEmpty()) {
            return false;
        }
        Playback p = window.model().playback();
        long at = window.model().playheadNanos();
        String label = p.label();
        // A snapshot up to the playhead, taken here: a live timeline keeps growing on this thread.
        Timeline source = p.timeline();
        List<WorldEvent> upTo = List.copyOf(source.events().subList(0, source.countAtOrBefore(at)));
        long mine = ++ticket;
        busy.set(true);
        World w = world.get();
        worker.execute(() -> {
            ContinuedRun result = ContinuedRun.compute(w, upTo, at, label, registry);
            fx.execute(() -> {
                if (mine == ticket) {
                    busy.set(false);
                    show(result, label);
                }
            });
        });
        return true;
    }

    /** FX thread: shows the simulation computed, or why it could not be. */
    private void show(ContinuedRun result, String label) {
        if (result.problems() != null) {
            window.dialogs().showProblems("dialog.fork.failed", label, result.problems());
            return;
        }
        if (result.run() == null) {
            return;
        }
        window.showRun(result.scenario(), result.run(), result.warnings());
        window.player().narration().note(0, result.scenario().description().get(window.i18n().languageTag()));
    }
}
