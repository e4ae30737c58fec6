package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.common.I18n;
import dev.podium.ui.common.Theme;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Under a live cluster's stream of lines the narration list moves every row into the next cell each pulse and asks
 * each cell its height several times: a wrapped line's height is measured once for its words, width and font, and
 * a new line at the bottom measures only itself. The heights still follow the width.
 */
@ExtendWith(ApplicationExtension.class)
class NarrationHeightsTest {
    private final NarrationModel model = new NarrationModel();
    private NarrationPanel panel;

    @Start
    void start(Stage stage) {
        panel = new NarrationPanel(model, new I18n(Locale.ENGLISH), () -> 60_000_000_000L);
        // The width is changed on the panel, not the window: a window's resize reaches the scene in a later pulse,
        // which a loaded machine may not have run yet when the test looks.
        StackPane root = new StackPane(panel);
        root.setAlignment(Pos.TOP_LEFT);
        Scene scene = new Scene(root, 360, 700);
        new Theme().attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aNewLineAtTheBottomMeasuresOnlyItself(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 40; i++) {
                model.note(i * 1_000_000_000L, sentence(i));
            }
        });
        settle(robot);
        int before = panel.heightsMeasured();
        assertTrue(before > 0, "the visible lines were measured");

        robot.interact(() -> model.note(41_000_000_000L, sentence(41)));
        settle(robot);
        int added = panel.heightsMeasured() - before;
        int rows = visibleRows(robot);
        assertTrue(rows >= 8, "the list shows many rows: " + rows);
        // The new line is measured (at its line limits as it moves from last to not last); the rows it shifts
        // are not: re-measuring every row would count at least as many as are visible.
        assertTrue(added >= 1 && added <= 3, "the new line measured, not each of the " + rows + " rows: " + added);
    }

    @Test
    void anotherWidthIsMeasuredAgain(FxRobot robot) {
        robot.interact(() -> model.note(0, "Pod web-1 is now Running on node-1."));
        settle(robot);
        double wide = rowHeight(robot);
        robot.interact(() -> panel.setMaxWidth(200));
        settle(robot);
        assertTrue(rowHeight(robot) > wide, "narrower, the words wrap onto more lines: " + rowHeight(robot) + " vs " + wide);
        robot.interact(() -> panel.setMaxWidth(Double.MAX_VALUE));
        settle(robot);
        assertEquals(wide, rowHeight(robot), 0.5);
    }

    private int visibleRows(FxRobot robot) {
        int[] n = new int[1];
        robot.interact(() -> n[0] = (int) panel.list().lookupAll(".list-cell").stream()
                .map(c -> (ListCell<?>) c).filter(c -> !c.isEmpty() && c.isVisible()).count());
        return n[0];
    }

    private double rowHeight(FxRobot robot) {
        double[] h = new double[1];
        robot.interact(() -> h[0] = panel.list().lookupAll(".list-cell").stream()
                .map(n -> (ListCell<?>) n).filter(c -> !c.isEmpty()).mapToDouble(ListCell::getHeight).max()
                .orElse(0));
        return h[0];
    }

    /** Lets the list scroll to its newest line (a task posted after the change), then lays it out. */
    private void settle(FxRobot robot) {
        for (int i = 0; i < 2; i++) {
            robot.interact(() -> {
                panel.getParent().applyCss();
                panel.getParent().layout();
            });
        }
    }

    private static String sentence(int i) {
        return "Pod web-" + i + " is now Running on node-" + (i % 20) + " after its image was pulled and its"
                + " containers started.";
    }
}
