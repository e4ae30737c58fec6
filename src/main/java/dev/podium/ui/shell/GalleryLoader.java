package dev.podium.ui.shell;

import dev.podium.scenario.Scenario;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the gallery off the start path. The window opens with the default lesson alone (one file read); the other
 * lessons (about 3 s of YAML and manifest reading on a loaded 2-core machine, most of the start time) are read on a
 * worker thread once the first frame is painted and, if a live session is starting, once its initial sync is done
 * (see {@link StartGate}), then shown in one step. Tests (no animation timer) fill it at
 * once, so the gallery is complete when {@code show} returns.
 */
final class GalleryLoader {
    private static final Logger LOG = LoggerFactory.getLogger(GalleryLoader.class);

    private GalleryLoader() {
    }

    /**
     * FX thread, right after the stage is shown. {@code alongside} (off-start-path work that needs no FX thread,
     * such as {@link ViewClassWarmer}) runs on a daemon thread of its own right after the first frame; not in tests.
     * The gallery waits while {@code busy} holds (a live session starting).
     */
    static void fill(GalleryPane gallery, ScenarioSource source, Scenario first, boolean afterFirstFrame,
            Runnable alongside, BooleanSupplier busy) {
        if (!afterFirstFrame) {
            gallery.setScenarios(source.builtIns(first));
            return;
        }
        new AnimationTimer() {
            private final StartGate gate = new StartGate(busy);
            private boolean warmed;

            @Override
            public void handle(long now) {
                boolean open = gate.pulse(now);
                if (gate.pastFirstFrame() && !warmed) {
                    warmed = true; // the second pulse follows the first painted frame (as FirstFrame counts)
                    daemon(alongside);
                }
                if (!open) {
                    return;
                }
                stop();
                CompletableFuture.supplyAsync(() -> source.builtIns(first), GalleryLoader::daemon)
                        .whenComplete((all, failure) -> {
                            if (failure != null) {
                                LOG.error("the gallery did not load", failure);
                            } else {
                                Platform.runLater(() -> gallery.setScenarios(all));
                            }
                        });
            }
        }.start();
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "podium-after-first-frame");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }
}
