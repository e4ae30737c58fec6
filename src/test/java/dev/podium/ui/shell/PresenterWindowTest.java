package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.Asked;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.common.PodiumStyles;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Presenting a lesson with the keys a clicker sends, on Monocle: Page Down stops at each cue in order, a question
 * stops the run and is picked and revealed with the keys, captions, blank screen, pointer and zoom. Frames are
 * driven with {@link Player#frame}, so nothing depends on wall time.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterWindowTest {
    private static final long FRAME = 50_000_000L;
    private static final Path LESSON = Path.of("simulations/go-buffered-channels.yaml");
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/presenter-" + UUID.randomUUID());
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
        window.show(stage);
        assertTrue(window.openFile(LESSON));
    }

    @AfterEach
    void removePrefs() throws BackingStoreException {
        prefs.removeNode();
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @Test
    void pageDownStopsAtEveryCueInOrderAndPageUpGoesBack(FxRobot robot) {
        List<Long> times = window.model().playback().cues().stream().map(WorldEvent::timeNanos)
                .filter(t -> t > 0).distinct().toList();
        assertTrue(times.size() >= 6, "the lesson has its cues: " + times);
        for (long expected : times) {
            robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
            playUntilPaused(robot);
            assertEquals(expected, window.model().playheadNanos(), "stopped at the cue");
            if (window.presenterControls().question().isOpen()) {
                robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN); // the clicker reveals first
                assertTrue(window.presenterControls().question().isRevealed());
                assertEquals(expected, window.model().playheadNanos(), "revealing does not move");
            }
        }
        robot.press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        Label next = robot.lookup("#next-cue").queryAs(Label.class);
        assertTrue(next.getText().startsWith("Next (Page Down): The receiver arrives"), next.getText());
        assertEquals(times.get(times.size() - 2), window.model().playheadNanos(), "Page Up: the cue before");
        assertFalse(window.model().isPlaying());
    }

    @Test
    void playingStopsAtTheQuestionThenKeysPickRevealAndGoOnWithTheExplanation(FxRobot robot) {
        Asked asked = (Asked) window.model().playback().cues().stream().filter(Asked.class::isInstance)
                .findFirst().orElseThrow();
        robot.interact(() -> window.model().seek(asked.timeNanos() - 2_000));
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        playUntilPaused(robot);
        assertEquals(asked.timeNanos(), window.model().playheadNanos(), "playing stopped at the question");
        Node card = robot.lookup("#question").query();
        assertTrue(card.isVisible());
        assertEquals(asked.questionIn("en"), robot.lookup("#question-text").queryAs(Label.class).getText());

        robot.press(KeyCode.DIGIT2).release(KeyCode.DIGIT2);
        Label second = robot.lookup("#question-option-2").queryAs(Label.class);
        Label first = robot.lookup("#question-option-1").queryAs(Label.class);
        assertTrue(second.getPseudoClassStates().contains(PodiumStyles.PICKED));
        assertFalse(first.getPseudoClassStates().contains(PodiumStyles.RIGHT), "not revealed yet");

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertTrue(first.getPseudoClassStates().contains(PodiumStyles.RIGHT), "the right answer is shown");
        assertTrue(second.getPseudoClassStates().contains(PodiumStyles.WRONG), "the wrong pick is marked");
        assertTrue(first.getText().endsWith("✓"));

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertTrue(window.model().isPlaying(), "the run goes on");
        robot.interact(() -> window.player().frame(FRAME));
        assertFalse(card.isVisible());
        robot.interact(() -> window.model().pause());
        robot.interact(() -> window.player().refresh());
        var lines = robot.lookup("#narration").<NarrationLine>queryListView().getItems();
        assertTrue(lines.stream().anyMatch(l -> l.text().startsWith("Yes. A channel's buffer never grows")),
                "the explanation is narrated");
    }

    @Test
    void captionsShowTheCurrentCueLargeAndCToggles(FxRobot robot) {
        long cue = window.model().playback().cues().stream().filter(c -> !(c instanceof Asked))
                .mapToLong(WorldEvent::timeNanos).filter(t -> t > 1_000_000).findFirst().orElseThrow();
        robot.interact(() -> window.model().seek(cue));
        robot.interact(() -> window.player().refresh());
        Label captions = robot.lookup("#captions").queryAs(Label.class);
        assertFalse(captions.isVisible(), "off until asked for");
        robot.press(KeyCode.C).release(KeyCode.C);
        assertTrue(captions.isVisible());
        assertTrue(captions.getText().startsWith("The receiver takes 1"), captions.getText());
        assertTrue(captions.getFont().getSize() >= 28, "readable from the back row: " + captions.getFont());
        robot.press(KeyCode.C).release(KeyCode.C);
        assertFalse(captions.isVisible());
    }

    @Test
    void blankPointerAndZoomFollowTheirKeys(FxRobot robot) {
        Node blank = robot.lookup("#blank").query();
        robot.press(KeyCode.B).release(KeyCode.B);
        assertTrue(blank.isVisible());
        robot.press(KeyCode.B).release(KeyCode.B);
        assertFalse(blank.isVisible());

        Node pointer = robot.lookup("#pointer").query();
        robot.press(KeyCode.L);
        assertTrue(pointer.isVisible(), "held: the dot");
        robot.release(KeyCode.L);
        assertFalse(pointer.isVisible(), "released: the cursor");

        StageZoom zoom = window.stageArea().zoom();
        robot.interact(() -> zoom.zoomAt(200, 100, 2));
        assertEquals(2, zoom.scale(), 1e-9);
        assertEquals(-200, zoom.panX(), 1e-9, "the point under the cursor stays put");
        robot.press(KeyCode.DIGIT0).release(KeyCode.DIGIT0);
        assertEquals(1, zoom.scale(), 1e-9);
        assertEquals(0, zoom.panX(), 1e-9);
    }

    @Test
    void audienceWindowMirrorsTheStageIncludingTheCaptions(FxRobot robot) {
        robot.interact(() -> {
            window.presenterControls().captionsProperty().set(true);
            window.model().seek(window.model().durationProperty().get() / 2);
            window.player().refresh();
            window.audience().shownProperty().set(true);
        });
        robot.interact(() -> window.audience().mirror());
        var image = window.audience().view().getImage();
        assertTrue(image != null, "a snapshot of the stage");
        assertEquals(Math.ceil(window.stageArea().getWidth()), image.getWidth(), 1);
        assertEquals(Math.ceil(window.stageArea().getHeight()), image.getHeight(), 1);
        robot.interact(() -> window.audience().shownProperty().set(false));
    }

    private void playUntilPaused(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 200_000 && window.model().isPlaying(); i++) {
                window.player().frame(FRAME);
            }
        });
        assertFalse(window.model().isPlaying(), "paused by itself");
    }
}
