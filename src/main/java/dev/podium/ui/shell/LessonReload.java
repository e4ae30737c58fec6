package dev.podium.ui.shell;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.WorldRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the open lesson file in step with its editor: the file opened last is watched ({@link LessonWatcher}), and
 * each save reloads it where the teacher was: the playhead (clamped to the new run's end), the speed and playing or
 * paused stay; the language and theme are the window's and do not change. A save with errors keeps the last good
 * run playing and lists the problems in the {@link ProblemsPanel}; the next good save clears it. FX thread only,
 * except the watcher's own threads.
 */
final class LessonReload {
    private static final Logger LOG = LoggerFactory.getLogger(LessonReload.class);

    private final MainWindow window;
    private final ScenarioSource source;
    private final WorldRegistry registry;
    private final ProblemsPanel panel;
    private final Executor deliver;
    private LessonWatcher watcher;
    private Path watched;

    LessonReload(MainWindow window, ScenarioSource source, WorldRegistry registry, ProblemsPanel panel,
                 Executor deliver) {
        this.window = window;
        this.source = source;
        this.registry = registry;
        this.panel = panel;
        this.deliver = deliver;
    }

    /** Watches {@code file}, just opened, instead of the file watched before; its problems panel is cleared. */
    void watch(Path file) {
        stop();
        watched = file;
        panel.show("", List.of());
        try {
            watcher = LessonWatcher.start(file, deliver, this::reload);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot watch {} for changes; it will not reload on save: {}", file, e.toString());
        }
    }

    /** Stops watching (another lesson, a recording or a live cluster is shown). */
    void stop() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        watched = null;
        panel.show("", List.of());
    }

    /** The file being watched, or null. */
    Path watched() {
        return watched;
    }

    /**
     * Reads the watched file again and shows it where the teacher was; on problems, keeps the run and shows them.
     * What the watcher calls after a save; tests call it directly.
     */
    void reload() {
        Path file = watched;
        if (file == null) {
            return;
        }
        Scenario next;
        ScenarioRun run;
        try {
            next = source.open(file);
            run = ScenarioRun.start(next, registry);
        } catch (ScenarioException e) {
            panel.show(file.getFileName().toString(), e.problems());
            return;
        }
        PlayerModel model = window.model();
        long playhead = model.playheadNanos();
        boolean playing = model.isPlaying();
        int speed = model.speedIndexProperty().get();
        window.showRun(next, run, ScenarioLoader.warnings(next, registry));
        model.setSpeedIndex(speed);
        model.seek(playhead);
        if (playing) {
            model.play();
        }
        panel.show("", List.of());
    }
}
