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
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
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
 * edge, wherever it is scrolled to, and Down scrolls it a whole line; in English and Chinese, and in presenter mode.
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
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.ROOT)) {
                // Locale.ROOT here: English again, in presenter mode (larger type, many more lines)
                robot.interact(() -> {
                    window.i18n().setLocale(locale == Locale.ROOT ? Locale.ENGLISH : locale);
                    window.presenterActiveProperty().set(locale == Locale.ROOT);
                });
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
                    double second = lineEdges((Text) card.words().lookup(".text")).get(1);
                    double end = card.words().getHeight() - card.getViewportBounds().getHeight();
                    assertEquals(Math.min(end, second), offset(card), 0.5,
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
        Text text = (Text) words.lookup(".text");
        double textTop = text.getBoundsInParent().getMinY();
        double textBottom = text.getBoundsInParent().getMaxY();
        List<Double> edges = lineEdges(text);
        double top = offset(card);
        double bottom = top + card.getViewportBounds().getHeight();
        Node clip = words.getClip();
        if (clip != null) {
            Bounds shown = clip.getBoundsInLocal();
            top = Math.max(top, shown.getMinY());
            bottom = Math.min(bottom, shown.getMaxY());
        }
        if (top > textTop + 0.5 && !onEdge(top, edges)) {
            cut.add(where + ": top edge at " + top + " (lines at " + edges + ")");
        }
        if (bottom < textBottom - 0.5 && !onEdge(bottom, edges)) {
            cut.add(where + ": bottom edge at " + bottom + " (lines at " + edges + ")");
        }
    }

    /** Where the text's lines start and where the last ends, in the label (from the caret at every character). */
    private static List<Double> lineEdges(Text text) {
        List<Double> edges = new ArrayList<>();
        double y0 = text.getBoundsInParent().getMinY() - text.getLayoutBounds().getMinY();
        for (int i = 0; i <= text.getText().length(); i++) {
            PathElement[] caret = text.caretShape(i, true);
            if (caret.length > 0 && caret[0] instanceof MoveTo move) {
                double y = y0 + move.getY();
                if (edges.stream().noneMatch(e -> Math.abs(e - y) < 0.5)) {
                    edges.add(y);
                }
            }
        }
        edges.add(text.getBoundsInParent().getMaxY());
        return edges;
    }

    private static boolean onEdge(double y, List<Double> edges) {
        return edges.stream().anyMatch(e -> Math.abs(e - y) < 0.75);
    }

    /** How far the words are scrolled, as drawn: the viewport's top less the words' top, on the screen. */
    private static double offset(CueCard card) {
        Node viewport = card.lookup(".viewport");
        return viewport.localToScene(0, 0).getY() - card.words().localToScene(0, 0).getY();
    }
}
