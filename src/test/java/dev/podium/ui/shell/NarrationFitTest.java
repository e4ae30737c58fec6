package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.ui.SmallWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The narration column in the smallest supported window, 1280×720, at every cue of a lesson with long cues, in
 * English and Chinese: the pinned cue, the narration list, the next cue and the inspector are laid out one below the
 * other without overlapping (a long cue once squeezed the list under the next cue's text, which was drawn over it),
 * the list keeps room for at least two rows that the card does not cover (the card's words scroll instead),
 * and the inspector keeps a band of its own.
 */
@ExtendWith(ApplicationExtension.class)
class NarrationFitTest {
    private final SmallWindow small = new SmallWindow("narrationfit");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = small.open(stage);
    }

    @AfterEach
    void close() throws BackingStoreException {
        small.close();
    }

    @Test
    void theNarrationColumnNeverOverlapsAt1280By720(FxRobot robot) {
        for (String lesson : List.of("preemption", "configmap-hot-reload", "go-worker-pool", "leader-election",
                "client-side-throttling")) {
            robot.interact(() -> window.openFile(Path.of("simulations/" + lesson + ".yaml")));
            List<WorldEvent> cues = window.presenterControls().stepper().cues();
            assertTrue(cues.size() > 2, lesson + " has cues");
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                robot.interact(() -> window.i18n().setLocale(locale));
                for (WorldEvent cue : cues) {
                    robot.interact(() -> {
                        window.model().seek(cue.timeNanos());
                        window.player().frame(0);
                    });
                    // Twice: the list scrolls to its newest line after the lines change, then measures the cells.
                    for (int pass = 0; pass < 2; pass++) {
                        robot.interact(() -> robot.lookup("#narration").query().getScene().getRoot().layout());
                    }
                    String where = lesson + " " + locale + " at the cue of " + cue.timeNanos() / 1_000_000_000L
                            + " s";
                    Bounds list = bounds(robot, "#narration");
                    Bounds next = bounds(robot, "#next-cue");
                    Bounds banner = bounds(robot, "#narration-cue");
                    Bounds inspector = bounds(robot, "#inspector");
                    assertTrue(list.getHeight() >= NarrationPanel.MIN_LIST_HEIGHT - 0.5, where
                            + ": the narration list is " + list.getHeight() + " px high");
                    List<Bounds> rows = visibleRows(robot, list);
                    int lines = robot.lookup("#narration").queryListView().getItems().size();
                    assertTrue(rows.size() >= Math.min(2, lines), where + ": the list shows " + rows.size()
                            + " rows of " + lines + " in " + list + ": " + describeRows(robot));
                    if (banner != null) {
                        assertTrue(banner.getMaxY() <= list.getMinY() + 0.5, where + ": the cue overlaps the list");
                        for (Bounds row : rows) {
                            assertTrue(!row.intersects(banner) || row.getMinY() >= banner.getMaxY() - 0.5,
                                    where + ": the cue card (" + banner + ") covers a row (" + row + ")");
                        }
                        assertTrue(banner.getHeight() >= CueCard.MIN_HEIGHT - 0.5
                                || banner.getHeight() >= cardWords(robot) - 0.5, where + ": the cue card is squeezed");
                    }
                    if (next != null) {
                        assertTrue(list.getMaxY() <= next.getMinY() + 0.5, where + ": the next cue (" + next
                                + ") overlaps the list (" + list + ")");
                        if (inspector != null) {
                            assertTrue(next.getMaxY() <= inspector.getMinY() + 0.5, where
                                    + ": the next cue overlaps the inspector");
                        }
                    }
                    if (inspector != null) {
                        assertTrue(inspector.getHeight() >= WindowLayout.INSPECTOR_MIN_HEIGHT - 0.5, where
                                + ": the inspector is " + inspector.getHeight() + " px high");
                        assertTrue(inspector.getMaxY() <= robot.lookup("#narration").query().getScene().getHeight() + 0.5, where
                                + ": the inspector runs off the window");
                    }
                }
            }
        }
    }

    /**
     * The parts of the list's rows that show inside the list (a row scrolled half out counts if half of it shows),
     * in scene coordinates.
     */
    private static List<Bounds> visibleRows(FxRobot robot, Bounds list) {
        List<Bounds> rows = new ArrayList<>();
        for (Node n : robot.lookup("#narration .narration-line").queryAll()) {
            if (n instanceof ListCell<?> cell && cell.isVisible() && !cell.isEmpty()) {
                Bounds b = cell.localToScene(cell.getLayoutBounds());
                double top = Math.max(b.getMinY(), list.getMinY());
                double bottom = Math.min(b.getMaxY(), list.getMaxY());
                if (bottom - top >= b.getHeight() / 2) {
                    rows.add(new BoundingBox(b.getMinX(), top, b.getWidth(), bottom - top));
                }
            }
        }
        return rows;
    }

    /** Every row cell of the list: visible, empty, where (for a failure message). */
    private static String describeRows(FxRobot robot) {
        StringBuilder sb = new StringBuilder();
        for (Node n : robot.lookup("#narration .narration-line").queryAll()) {
            sb.append(n.isVisible()).append(' ').append(((ListCell<?>) n).isEmpty()).append(' ')
                    .append(n.localToScene(n.getLayoutBounds())).append('\n');
        }
        return sb.toString();
    }

    /** The height the card's words need, wrapped in its width. */
    private static double cardWords(FxRobot robot) {
        CueCard card = robot.lookup("#narration-cue").queryAs(CueCard.class);
        return card.prefHeight(card.getWidth());
    }

    private static Bounds bounds(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n == null || !n.isVisible() || !n.isManaged() ? null : n.localToScene(n.getLayoutBounds());
    }
}
