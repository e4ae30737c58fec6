package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.ui.SmallWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A cue card whose words do not fit (a long cue in the 1280×720 window) never shows half a line at its top or bottom
 * edge, wherever it is scrolled to, and Down scrolls it a whole line; in English and Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class CueCardLinesTest {
    private final SmallWindow small = new SmallWindow("cuelines");
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = small.open(stage);
        stage.setHeight(600); // the least height the window allows: the card is at its shortest
    }

    @AfterEach
    void close() throws BackingStoreException {
        small.close();
    }

    @Test
    void aScrolledCueCardShowsWholeLinesOnly(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        int scrolled = 0;
        for (String lesson : List.of("client-side-throttling", "leader-election", "configmap-hot-reload")) {
            robot.interact(() -> window.openFile(Path.of("simulations/" + lesson + ".yaml")));
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                robot.interact(() -> window.i18n().setLocale(locale));
                for (WorldEvent cue : window.presenterControls().stepper().cues()) {
                    robot.interact(() -> {
                        window.model().seek(cue.timeNanos());
                        window.player().frame(0);
                        settle();
                    });
                    CueCard card = robot.lookup("#narration-cue").queryAs(CueCard.class);
                    if (!card.isVisible() || card.words().getHeight() <= card.getViewportBounds().getHeight() + 1) {
                        continue;
                    }
                    scrolled++;
                    String where = lesson + " " + locale + " " + cue.timeNanos() / 1_000_000_000L + " s";
                    for (double v : new double[] {0, 0.23, 0.5, 0.61, 0.87, 1}) {
                        robot.interact(() -> {
                            card.setVvalue(v);
                            settle();
                        });
                        check(card, where + " at " + v, cut);
                    }
                    robot.interact(() -> {
                        card.setVvalue(0);
                        settle();
                        card.requestFocus();
                    });
                    double before = offset(card);
                    robot.type(KeyCode.DOWN);
                    robot.interact(this::settle);
                    double line = lineHeight(card.words());
                    double end = card.words().getHeight() - card.getViewportBounds().getHeight();
                    assertEquals(Math.min(end, card.words().snappedTopInset() + line), offset(card), 0.5,
                            where + ": Down scrolls to the second line (from " + before + ", vvalue " + card.getVvalue() + ", focus "
                            + stage.getScene().getFocusOwner() + ")");
                    check(card, where + " after Down", cut);
                }
            }
        }
        assertTrue(scrolled >= 3, "cue cards that scroll: " + scrolled);
        assertTrue(cut.isEmpty(), "half lines shown: " + cut);
    }

    private void settle() {
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
    }

    /** Adds to {@code cut} where an edge of the part of the words shown runs through a line. */
    private static void check(CueCard card, String where, List<String> cut) {
        Label words = card.words();
        double textTop = words.snappedTopInset();
        double textBottom = words.getHeight() - words.snappedBottomInset();
        Bounds text = words.lookup(".text").getBoundsInParent();
        assertEquals(textTop, text.getMinY(), 0.5, where + ": the text starts below the padding");
        assertEquals(textBottom, text.getMaxY(), 0.5, where + ": the text ends above the padding");
        double line = lineHeight(words);
        double top = offset(card);
        double bottom = top + card.getViewportBounds().getHeight();
        Node clip = words.getClip();
        if (clip != null) {
            Bounds shown = clip.getBoundsInLocal();
            top = Math.max(top, shown.getMinY());
            bottom = Math.min(bottom, shown.getMaxY());
        }
        if (top > textTop + 0.5 && !onLine(top - textTop, line)) {
            cut.add(where + ": top edge at " + top);
        }
        if (bottom < textBottom - 0.5 && !onLine(bottom - textTop, line)) {
            cut.add(where + ": bottom edge at " + bottom + " (lines of " + line + " from " + textTop + ")");
        }
    }

    private static boolean onLine(double y, double line) {
        return Math.abs(y / line - Math.round(y / line)) * line < 0.5;
    }

    /** How far the words are scrolled, as drawn: the viewport's top less the words' top, on the screen. */
    private static double offset(CueCard card) {
        Node viewport = card.lookup(".viewport");
        return viewport.localToScene(0, 0).getY() - card.words().localToScene(0, 0).getY();
    }

    /** The text's height over its number of lines (one line of the font alone is a little shorter). */
    private static double lineHeight(Label words) {
        Text one = new Text("Ag");
        one.setFont(words.getFont());
        double text = words.lookup(".text").getLayoutBounds().getHeight();
        return text / Math.max(1, Math.round(text / one.getLayoutBounds().getHeight()));
    }
}
