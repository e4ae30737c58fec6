package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioProblem;
import dev.podium.ui.playback.Playback;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A lesson file edited while it plays (Monocle, headless). The watcher's report is stood in for by calling the reload
 * path directly, so nothing waits on the file system: a good save keeps the playhead, a broken save keeps the old
 * run and lists its problems, and the fix clears them.
 */
@ExtendWith(ApplicationExtension.class)
class LessonReloadTest {
    private static final long SECOND = 1_000_000_000L;
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/reload-" + UUID.randomUUID());
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

    /** Opens {@code file} in the window (so it is watched) and moves the playhead to {@code seconds}. */
    private void openAt(FxRobot robot, Path file, long seconds) {
        robot.interact(() -> {
            assertTrue(window.openFile(file));
            window.model().seek(seconds * SECOND);
            window.player().frame(0);
        });
    }

    private static String lesson(String title, String duration) {
        return """
                podium: 1
                name: reload-me
                title: {en: "%s", zh-CN: "%s"}
                worlds: [queue]
                seed: 7
                duration: %s
                params:
                  arrivalsPerSecond: 0.8
                  meanServiceTime: 1s
                actions:
                  - at: 30s
                    do: setArrivalRate
                    arrivalsPerSecond: 0.9
                """.formatted(title, title, duration);
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("reload-me.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aSaveWhilePlayingReloadsAndKeepsThePlayheadSpeedAndPlaying(FxRobot robot) throws Exception {
        Path file = write(lesson("First", "5m"));
        openAt(robot, file, 100);
        robot.interact(() -> {
            window.model().setSpeedIndex(window.model().speedIndexProperty().get() + 1);
            window.model().play();
        });
        assertEquals(file, window.lessons().watched());
        int speed = window.model().speedIndexProperty().get();
        Playback before = window.model().playback();

        write(lesson("Second", "5m"));
        robot.interact(() -> window.lessons().reload());

        assertTrue(window.model().playback() != before, "a new run");
        assertEquals("Second", window.scenarioProperty().get().title().get("en"));
        assertEquals(100 * SECOND, window.model().playheadNanos());
        assertTrue(window.model().isPlaying());
        assertEquals(speed, window.model().speedIndexProperty().get());
        assertFalse(window.problemsPanel().isVisible());
    }

    @Test
    void aShorterLessonClampsThePlayheadToItsEnd(FxRobot robot) throws Exception {
        Path file = write(lesson("Long", "5m"));
        openAt(robot, file, 200);
        write(lesson("Short", "1m"));
        robot.interact(() -> window.lessons().reload());
        assertEquals(60 * SECOND, window.model().playheadNanos());
        assertFalse(window.model().isPlaying());
    }

    @Test
    void aBrokenSaveKeepsTheLastGoodRunAndShowsWhereThenTheFixClearsIt(FxRobot robot) throws Exception {
        Path file = write(lesson("Good", "5m"));
        openAt(robot, file, 45);
        Playback good = window.model().playback();

        write(lesson("Broken", "5 minutes"));
        robot.interact(() -> window.lessons().reload());

        assertSame(good, window.model().playback(), "the last good run keeps playing");
        assertEquals(45 * SECOND, window.model().playheadNanos());
        assertTrue(window.problemsPanel().isVisible());
        List<ScenarioProblem> problems = window.problemsPanel().problems();
        assertEquals(1, problems.size(), problems::toString);
        ScenarioProblem problem = problems.get(0);
        assertEquals("reload-me.yaml", Path.of(problem.where().file()).getFileName().toString());
        assertEquals(6, problem.where().line());
        assertEquals(11, problem.where().column());

        List<String> clipboard = new ArrayList<>();
        robot.interact(() -> {
            window.problemsPanel().copier(clipboard::add);
            window.problemsPanel().copy(problem);
        });
        assertEquals(List.of(problem.where().file() + ":6:11"), clipboard);

        write(lesson("Fixed", "5m"));
        robot.interact(() -> window.lessons().reload());
        assertFalse(window.problemsPanel().isVisible());
        assertTrue(window.problemsPanel().problems().isEmpty());
        assertEquals("Fixed", window.scenarioProperty().get().title().get("en"));
        assertEquals(45 * SECOND, window.model().playheadNanos());
    }

    @Test
    void aDeletedFileShowsItsProblemAndTheRecreatedOneReloads(FxRobot robot) throws Exception {
        Path file = write(lesson("Here", "5m"));
        robot.interact(() -> assertTrue(window.openFile(file)));
        Files.delete(file);
        robot.interact(() -> window.lessons().reload());
        assertEquals(1, window.problemsPanel().problems().size());
        write(lesson("Back", "5m"));
        robot.interact(() -> window.lessons().reload());
        assertTrue(window.problemsPanel().problems().isEmpty());
        assertEquals("Back", window.scenarioProperty().get().title().get("en"));
    }

    @Test
    void openingABuiltInStopsWatching(FxRobot robot) throws Exception {
        Path file = write(lesson("Mine", "5m"));
        robot.interact(() -> assertTrue(window.openFile(file)));
        robot.interact(() -> window.openScenario(new ScenarioSource().defaultBuiltIn()));
        assertEquals(null, window.lessons().watched());
    }
}
