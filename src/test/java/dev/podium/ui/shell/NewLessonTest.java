package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.World;
import dev.podium.scenario.WorldRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File > New Lesson (Monocle, headless): each world's template is written, opened, watched and runs. */
@ExtendWith(ApplicationExtension.class)
class NewLessonTest {
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/newlesson-" + UUID.randomUUID());
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
        window.show(stage);
    }

    @AfterEach
    void removePrefs(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> window.lessons().stop());
        prefs.removeNode();
    }

    @Test
    void eachWorldsLessonIsWrittenOpenedWatchedAndPlays(FxRobot robot) throws Exception {
        for (World world : WorldRegistry.standard().all()) {
            Path file = dir.resolve(world.name() + " lesson.yaml");
            robot.interact(() -> assertTrue(window.newLesson().create(world, file), world.name()));
            assertTrue(Files.readString(file).contains("name: " + world.name() + "-lesson"));
            assertEquals(file, window.lessons().watched());
            assertEquals(List.of(world.name()), window.model().playback().worlds());
            assertEquals(List.of(), window.problemsPanel().problems());
            robot.interact(() -> {
                window.model().seek(window.model().durationProperty().get() / 2);
                window.player().frame(0);
            });
            assertTrue(window.model().playheadNanos() > 0, world.name() + " plays");
        }
    }

    @Test
    void theDialogOffersEveryWorldByItsTemplatesTitleInTheWindowsLanguage(FxRobot robot) {
        robot.interact(() -> {
            NewLessonDialog dialog = window.newLesson().dialog(null);
            List<String> titles = dialog.getDialogPane().lookupAll(".radio-button").stream()
                    .map(n -> ((RadioButton) n).getText()).toList();
            assertEquals(4, titles.size(), titles::toString);
            assertTrue(titles.contains("A new Kubernetes lesson"), titles::toString);
            assertEquals("queue", dialog.chosen().orElseThrow().name());
            dialog.choose("gc");
            assertEquals("gc", dialog.chosen().orElseThrow().name());

            window.i18n().setLocale(Locale.SIMPLIFIED_CHINESE);
            List<String> chinese = window.newLesson().dialog(null).getDialogPane().lookupAll(".radio-button")
                    .stream().map(n -> ((RadioButton) n).getText()).toList();
            assertTrue(chinese.contains("新的 Kubernetes 课"), chinese::toString);
            window.i18n().setLocale(Locale.ENGLISH);
        });
    }
}
