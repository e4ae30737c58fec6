package dev.podium.ui.shell;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.WorldRegistry;
import dev.podium.ui.common.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Opening files in the window: a scenario (problems go to a dialog and the current run stays), a recording or a
 * log (handed to {@link RecordingFiles}), and the File > Open… chooser for all of them and for the files worlds open
 * on their own (programs). FX thread only.
 */
final class ScenarioFiles {
    private final MainWindow window;
    private final ScenarioSource source;
    private final RecentFiles recent;
    private final RecordingFiles recordings;
    private final WorldRegistry registry;
    private final LessonReload lessons;

    ScenarioFiles(MainWindow window, ScenarioSource source, RecentFiles recent, RecordingFiles recordings,
                  WorldRegistry registry, LessonReload lessons) {
        this.lessons = lessons;
        this.window = window;
        this.source = source;
        this.recent = recent;
        this.recordings = recordings;
        this.registry = registry;
    }

    /**
     * Opens a scenario, recording or log file; problems go to a dialog and the current run stays. A scenario file
     * opened is watched and reloads when saved ({@link LessonReload}).
     */
    boolean open(Path path) {
        if (RecordingFiles.isRecording(path) || RecordingFiles.isLog(path)) {
            return recordings.open(path);
        }
        Scenario next;
        try {
            next = source.open(path);
        } catch (ScenarioException e) {
            window.dialogs().showProblems("dialog.problems.title", path.getFileName().toString(), e.problems());
            return false;
        }
        boolean opened = window.openScenario(next);
        if (opened) {
            recent.add(path);
            lessons.watch(path);
        }
        return opened;
    }

    /** File > Open…: the chooser, then {@link #open}. */
    void openWithChooser(Window owner) {
        I18n i18n = window.i18n();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("dialog.open.title"));
        List<String> programs = new ArrayList<>();
        registry.all().forEach(w -> w.fileExtensions().forEach(ext -> programs.add("*" + ext)));
        List<String> all = new ArrayList<>(List.of("*.yaml", "*.yml", "*.jsonl", "*.log", "*.txt"));
        all.addAll(programs);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.get("filechooser.all"), all),
                new FileChooser.ExtensionFilter(i18n.get("filechooser.scenarios"), "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter(i18n.get("filechooser.recordings"), "*.jsonl"),
                new FileChooser.ExtensionFilter(i18n.get("filechooser.gclogs"), "*.log", "*.txt"));
        if (!programs.isEmpty()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    i18n.get("filechooser.programs") + " (" + String.join(", ", programs) + ")", programs));
        }
        recent.lastDirectory().ifPresent(chooser::setInitialDirectory);
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            open(file.toPath());
        }
    }
}
