package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.Asked;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.PngFiles;
import dev.podium.ui.SmallWindow;
import dev.podium.ui.common.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A whole lesson presented with the keys a clicker and a keyboard send, nothing else: F11 for presenter mode, C for
 * captions, Page Down from the first cue to the last (each one stopping there, the captions showing it and covering
 * at most half the stage), at the question a number key and Enter to reveal, Page Down to go on, L held for the
 * pointer. One lesson with a question per
 * world, in English light, Chinese dark and high contrast. With {@code -Dpodium.snapshots=true} each step is also
 * written to {@code target/walk-<lesson>-<language>-<theme>-<step>.png} for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ClickerWalkthroughTest {
    private static final long FRAME = 50_000_000L;
    private final SmallWindow small = new SmallWindow("walk");
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = small.open(stage);
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> window.theme().setKind(Theme.Kind.LIGHT));
        small.close();
    }

    @ParameterizedTest
    @CsvSource({"rolling-update, en, LIGHT", "go-buffered-channels, zh, DARK", "gc-pause-goal, en, HIGH_CONTRAST"})
    void aLessonIsPresentedFromStartToEndWithKeysOnly(String lesson, String language, Theme.Kind kind,
            FxRobot robot) throws Exception {
        Locale locale = language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        robot.interact(() -> {
            window.openFile(Path.of("simulations/" + lesson + ".yaml"));
            window.i18n().setLocale(locale);
            window.theme().setKind(kind);
        });
        String name = lesson + "-" + language + "-" + kind.name().toLowerCase(Locale.ROOT);
        robot.type(KeyCode.F11);
        assertTrue(window.presenterActiveProperty().get(), "F11: presenter mode");
        Label captions = robot.lookup("#captions").queryAs(Label.class);
        if (!window.presenterControls().captionsProperty().get()) {
            robot.type(KeyCode.C);
        }
        assertTrue(window.presenterControls().captionsProperty().get(), "captions on");
        List<WorldEvent> cues = window.model().playback().cues();
        List<Long> times = cues.stream().map(WorldEvent::timeNanos).filter(t -> t > 0).distinct().toList();
        assertTrue(times.size() >= 3 && cues.stream().anyMatch(Asked.class::isInstance), name + ": cues and a question");
        int questions = 0;
        int step = 0;
        for (long expected : times) {
            if (window.model().playheadNanos() < expected) {
                robot.type(KeyCode.PAGE_DOWN);
                playUntilPaused(robot);
            }
            assertEquals(expected, window.model().playheadNanos(), name + ": Page Down stops at the next cue");
            boolean asking = window.presenterControls().question().isOpen();
            assertTrue(asking || captions.isVisible() && !captions.getText().isBlank(),
                    name + ": the captions show the cue (the question card stands in for them while it is open)");
            double stageHeight = window.stageArea().getHeight();
            boolean smallest = ((CaptionBar) captions).atSmallest(); // a very long cue: as small as captions go
            assertTrue(asking || captions.getHeight() <= stageHeight / 2 || smallest, name + ": the captions of cue "
                    + (step + 1) + " cover " + captions.getHeight() + " px of the " + stageHeight
                    + " px stage, in " + captions.getFont().getSize() + " px type");
            for (String id : List.of("#time-label", "#speed-label")) {
                Label label = robot.lookup(id).queryAs(Label.class);
                String shown = ((Text) label.lookup(".text")).getText();
                assertEquals(label.getText(), shown, name + ": " + id + " is cut");
            }
            shot(robot, name, ++step);
            if (window.presenterControls().question().isOpen()) {
                questions++;
                assertTrue(robot.lookup("#question").query().isVisible(), name + ": the question is on the stage");
                robot.type(KeyCode.DIGIT2);
                assertEquals(1, window.presenterControls().question().pickedProperty().get(), "2 picks the second");
                shot(robot, name + "-picked", step);
                robot.type(KeyCode.ENTER);
                assertTrue(window.presenterControls().question().isRevealed(), name + ": Enter reveals");
                robot.press(KeyCode.L);
                assertTrue(robot.lookup("#pointer").query().isVisible(), name + ": L held shows the pointer");
                robot.interact(() -> ((PointerDot) window.stageArea().lookup("#pointer")).moveTo(300, 200));
                shot(robot, name + "-revealed", step);
                robot.release(KeyCode.L);
                robot.type(KeyCode.PAGE_DOWN); // the clicker again: puts the question away, on to the explanation
                playUntilPaused(robot);
                assertFalse(robot.lookup("#question").query().isVisible(), name + ": the question is put away");
            }
        }
        assertTrue(questions >= 1, name + ": the question was asked");
        robot.type(KeyCode.PAGE_DOWN); // past the last cue: to the end of the lesson
        playUntilPaused(robot);
        assertEquals(window.model().durationProperty().get(), window.model().playheadNanos(), name + ": the end");
        shot(robot, name + "-end", step + 1);
        robot.type(KeyCode.F11);
        assertFalse(window.presenterActiveProperty().get(), "F11 again: out of presenter mode");
    }

    private void playUntilPaused(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 200_000 && window.model().isPlaying(); i++) {
                window.player().frame(FRAME);
            }
        });
        assertFalse(window.model().isPlaying(), "paused by itself");
    }

    private void shot(FxRobot robot, String name, int step) throws Exception {
        if (!Boolean.getBoolean("podium.snapshots")) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            window.player().refresh();
            image[0] = stage.getScene().snapshot(null);
        });
        PngFiles.write(image[0], Path.of("target", String.format("walk-%s-%02d.png", name, step)));
    }
}
