package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A lesson's warnings show in a bar under the header when it opens: counted, listed on demand, no dialog. */
@ExtendWith(ApplicationExtension.class)
class WarningsBarTest {
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/warnings-" + UUID.randomUUID());
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
        window.show(stage);
    }

    @AfterEach
    void removePrefs() throws BackingStoreException {
        prefs.removeNode();
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @Test
    void aLessonWithUnsupportedKindsListsItsWarningsWithoutADialog(FxRobot robot) throws Exception {
        Node bar = robot.lookup("#warnings-bar").query();
        assertFalse(bar.isVisible(), "the built-in lesson has no warnings");
        Path file = dir.resolve("w.yaml");
        Files.writeString(file, "podium: 1\nname: w\nworlds: [kube]\nduration: 10s\nmanifests: |\n"
                + "  apiVersion: policy/v1\n  kind: PodDisruptionBudget\n  metadata: {name: db}\n  spec: {}\n  ---\n"
                + "  apiVersion: batch/v1\n  kind: CronJob\n  metadata: {name: nightly}\n  spec: {}\n");
        int windowsBefore = Window.getWindows().size();
        robot.interact(() -> assertTrue(window.openFile(file)));
        assertTrue(bar.isVisible());
        assertEquals(windowsBefore, Window.getWindows().size(), "no dialog opened");
        Label summary = robot.lookup("#warnings-summary").queryAs(Label.class);
        assertTrue(summary.getText().startsWith("2 warnings"), summary.getText());
        TextArea list = robot.lookup("#warnings-list").queryAs(TextArea.class);
        assertFalse(list.isVisible());
        robot.interact(() -> robot.lookup("#warnings-details").queryAs(ToggleButton.class).fire());
        assertTrue(list.isVisible());
        assertTrue(list.getText().contains(file + ":7:9: unsupported kind PodDisruptionBudget 'db'"), list.getText());
        assertTrue(list.getText().contains(file + ":12:9: unsupported kind CronJob 'nightly'"), list.getText());
        robot.interact(() -> window.i18n().setLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(summary.getText().startsWith("2 条警告"), summary.getText());
        robot.interact(() -> window.openScenario(new ScenarioSource().builtIns().get(0)));
        assertFalse(bar.isVisible(), "a lesson without warnings hides the bar");
    }
}
