package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.TimedAction;
import dev.podium.ui.common.PodiumStyles;
import dev.podium.world.kube.event.PodTerminating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on Monocle (headless). The animation timer is off: frames are driven by calling
 * {@link Player#frame} inside {@code interact}, so nothing depends on wall time.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final long SECOND = 1_000_000_000L;
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/window-" + UUID.randomUUID());
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
        window.show(stage);
    }

    /** The window's language switch sets the JVM's display locale; later test classes must not inherit it. */
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);

    @AfterEach
    void removePrefs() throws BackingStoreException {
        prefs.removeNode();
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @Test
    void opensWithTheDefaultScenarioPausedAtZero(FxRobot robot) {
        Scenario first = new ScenarioSource().builtIns().get(0);
        assertEquals(first.title().get("en"), label(robot, "#scenario-title").getText());
        assertTrue(label(robot, "#time-label").getText().startsWith("0"));
        assertFalse(window.model().isPlaying());
        assertFalse(robot.lookup("#narration").queryListView().getItems().isEmpty());
    }

    @Test
    void spaceStartsPlaybackAndFramesAdvanceTheTime(FxRobot robot) {
        String before = label(robot, "#time-label").getText();
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertTrue(window.model().isPlaying());
        robot.interact(() -> window.player().frame(42 * SECOND));
        assertEquals(42 * SECOND, window.model().playheadNanos());
        assertNotEquals(before, label(robot, "#time-label").getText());
        assertTrue(label(robot, "#time-label").getText().startsWith("0 min 42 s"));
    }

    @Test
    void keysWorkWhileAButtonHasFocus(FxRobot robot) {
        Node themeButton = robot.lookup("#theme-toggle").query();
        robot.interact(() -> {
            themeButton.setFocusTraversable(true);
            themeButton.requestFocus();
        });
        assertTrue(themeButton.isFocused());
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertTrue(window.model().isPlaying());
        assertFalse(robot.lookup("#root").query().getStyleClass().contains(PodiumStyles.THEME_DARK),
                "Space went to the shell, not to the focused button");
        robot.press(KeyCode.EQUALS).release(KeyCode.EQUALS);
        assertEquals(2.0, window.model().speed());
        robot.press(KeyCode.SUBTRACT).release(KeyCode.SUBTRACT);
        assertEquals(1.0, window.model().speed());
        robot.press(KeyCode.HOME).release(KeyCode.HOME);
        assertFalse(window.model().isPlaying());
        assertEquals(0, window.model().playheadNanos());
    }

    @Test
    void rightStepsToTheNextEventTime(FxRobot robot) {
        robot.interact(() -> window.model().seek(30 * SECOND));
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        long t = window.model().playheadNanos();
        assertTrue(t > 30 * SECOND);
        assertEquals(t, window.model().run().timeline().nextEventTimeAfter(30 * SECOND));
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        assertTrue(window.model().playheadNanos() < t);
    }

    @Test
    void clickingTheScrubberSeeksThereAndShowsItInTheTimeLabel(FxRobot robot) {
        robot.clickOn("#scrubber");
        long half = window.model().run().durationNanos() / 2;
        long t = window.model().playheadNanos();
        assertTrue(Math.abs(t - half) < half / 10, "clicked the middle, got " + t);
        assertTrue(label(robot, "#time-label").getText().startsWith("4 min") || label(robot, "#time-label")
                .getText().startsWith("5 min"), label(robot, "#time-label").getText());
    }

    @Test
    void languageSwitchRelabelsTheWindowLive(FxRobot robot) {
        assertEquals("Narration", label(robot, "#narration-header").getText());
        robot.clickOn("#language-toggle");
        assertEquals("解说", label(robot, "#narration-header").getText());
        assertEquals(new ScenarioSource().builtIns().get(0).title().get("zh-CN"),
                label(robot, "#scenario-title").getText());
        robot.clickOn("#language-toggle");
        assertEquals("Narration", label(robot, "#narration-header").getText());
    }

    @Test
    void themeSwitchTogglesTheRootStyleClass(FxRobot robot) {
        assertFalse(robot.lookup("#root").query().getStyleClass().contains(PodiumStyles.THEME_DARK));
        robot.clickOn("#theme-toggle");
        assertTrue(robot.lookup("#root").query().getStyleClass().contains(PodiumStyles.THEME_DARK));
        robot.clickOn("#theme-toggle");
        assertFalse(robot.lookup("#root").query().getStyleClass().contains(PodiumStyles.THEME_DARK));
    }

    @Test
    void aBadScenarioFileShowsItsProblemsAndKeepsTheCurrentRun(FxRobot robot) throws Exception {
        Path bad = Files.writeString(dir.resolve("broken.yaml"), "podium: 1\ntitle: [unclosed\n");
        Object run = window.model().run();
        robot.interact(() -> window.openFile(bad));
        TextArea problems = robot.lookup("#problems").queryAs(TextArea.class);
        assertTrue(problems.getText().contains("broken.yaml:"), problems.getText());
        assertTrue(problems.getText().matches("(?s).*:\\d+:\\d+: .*"), problems.getText());
        assertEquals(run, window.model().run());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void forkingFromTheActionsKeepsThePlayheadAndAddsANote(FxRobot robot) {
        robot.interact(() -> window.model().seek(60 * SECOND));
        Object old = window.model().run();
        robot.interact(() -> window.forkWith(TimedAction.byUser(window.model().playheadNanos(), "burst",
                Map.of("count", "10")), "burst note"));
        assertNotEquals(old, window.model().run());
        assertEquals(60 * SECOND, window.model().playheadNanos());
        var items = robot.lookup("#narration").<NarrationLine>queryListView().getItems();
        assertEquals("burst note", items.get(items.size() - 1).text());
    }

    @Test
    void clusterActionsForkAKubeRunAndATargetThatNamesNothingShowsItsProblem(FxRobot robot) throws Exception {
        robot.interact(() -> window.openFile(Path.of("simulations/deployment-self-healing.yaml")));
        robot.interact(() -> window.model().seek(30 * SECOND));
        robot.interact(() -> assertTrue(window.forkWith(
                TimedAction.byUser(window.model().playheadNanos(), "deletePod", "web-*", Map.of()), "deleted")));
        robot.interact(() -> window.model().run().advanceTo(40 * SECOND, Long.MAX_VALUE));
        assertTrue(window.model().run().timeline().events().stream()
                .anyMatch(e -> e instanceof dev.podium.world.kube.event.PodTerminating
                        && e.timeNanos() >= 30 * SECOND), "the user's deletion happened at the playhead");

        robot.interact(() -> window.forkWith(
                TimedAction.byUser(window.model().playheadNanos(), "failNode", "node-zz", Map.of()), "failed"));
        TextArea problems = robot.lookup("#problems").queryAs(TextArea.class);
        assertTrue(problems.getText().contains("failNode node-zz"), problems.getText());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }
}
