package dev.podium.ui.shell;

import dev.podium.scenario.LessonTemplates;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldRegistry;
import dev.podium.timeline.AtomicFiles;
import dev.podium.ui.common.I18n;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File > New Lesson…: choose a world ({@link NewLessonDialog}), then where to save; the world's commented template
 * is written there, named for the file, and opened like any lesson, so it is watched and reloads on every save.
 * FX thread only.
 */
final class NewLesson {
    private final MainWindow window;
    private final WorldRegistry registry;
    private final RecentFiles recent;

    NewLesson(MainWindow window, WorldRegistry registry, RecentFiles recent) {
        this.window = window;
        this.registry = registry;
        this.recent = recent;
    }

    /** The dialog for the worlds that have a template. */
    NewLessonDialog dialog(Window owner) {
        return new NewLessonDialog(owner, window.i18n(), window.theme(),
                LessonTemplates.worldsWithTemplates(registry));
    }

    /** The whole of File > New Lesson…: world, file, write, open. */
    void ask(Window owner) {
        dialog(owner).showAndWait().ifPresent(world -> {
            I18n i18n = window.i18n();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("newLesson.save"));
            chooser.setInitialFileName("new-lesson.yaml");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("filechooser.scenarios"),
                    "*.yaml", "*.yml"));
            recent.lastDirectory().ifPresent(chooser::setInitialDirectory);
            File file = chooser.showSaveDialog(owner);
            if (file != null) {
                create(world, file.toPath());
            }
        });
    }

    /**
     * Writes {@code world}'s template to {@code file} (replacing it; the save chooser has asked) and opens it.
     * False, with the reason in a dialog, if it cannot be written or opened.
     */
    boolean create(World world, Path file) {
        try {
            String text = LessonTemplates.textFor(world, file);
            AtomicFiles.write(file, out -> out.write(text));
        } catch (IOException e) {
            window.dialogs().showError("newLesson.failed", file.toString(), e.getMessage());
            return false;
        }
        return window.openFile(file);
    }
}
