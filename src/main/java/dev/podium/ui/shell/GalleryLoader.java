package dev.podium.ui.shell;

import dev.podium.scenario.Scenario;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the gallery off the start path. The window opens with the default lesson alone (one file read); the other
 * lessons (about 3 s of YAML and manifest reading on a loaded 2-core machine, most of the start time) are read on a
 * worker thread once the first frame is painted, then shown in one step. Tests (no animation timer) fill it at
 * once, so the gallery is complete when {@code show} returns.
 */
final class GalleryLoader {
    private static final Logger LOG = LoggerFactory.getLogger(GalleryLoader.class);

    private GalleryLoader() {
    }

    /**
     * FX thread, right after the stage is shown. {@code alongside} (off-start-path work that needs no FX thread,
     * such as {@link ViewClassWarmer}) runs on a daemon thread of its own at the same moment; not in tests.
     */
    static void fill(GalleryPane gallery, ScenarioSource source, Scenario first, boolean afterFirstFrame,
            Runnable alongside) {
        if (!afterFirstFrame) {
            gallery.setScenarios(source.builtIns(first));
            return;
        }
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks < 2) {
                    return; // the second tick follows the first painted frame (as FirstFrame counts)
                }
                stop();
                daemon(alongside);
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
