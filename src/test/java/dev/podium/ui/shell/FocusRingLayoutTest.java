package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.SmallWindow;
import dev.podium.ui.common.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A panel that Tab reaches (the gallery, the narration list and cue card, the inspector, the events table, a
 * stage's scroll pane) shows its focus ring without moving what is inside it: its insets and its content's place
 * are the same focused and not, in each theme.
 */
@ExtendWith(ApplicationExtension.class)
class FocusRingLayoutTest {
    private final SmallWindow small = new SmallWindow("ring");
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
    @CsvSource({"preemption, LIGHT, #gallery,", "preemption, DARK, #narration,",
            "preemption, HIGH_CONTRAST, #narration-cue,", "preemption, LIGHT, #inspector-scroll,",
            "preemption, DARK, #kube-events-table, kube-tab-events",
            "leader-election, HIGH_CONTRAST, #kube-flow-scroll, kube-tab-api",
            "gc-collectors, LIGHT, .gc-scroller,"})
    void aFocusedPanelsContentStaysWhereItWas(String lesson, Theme.Kind kind, String query, String viewTab,
            FxRobot robot) {
        robot.interact(() -> {
            window.openFile(Path.of("simulations/" + lesson + ".yaml"));
            window.theme().setKind(kind);
            window.model().seek(window.model().durationProperty().get() / 2);
            window.player().frame(50_000_000L);
        });
        if (viewTab != null) {
            robot.interact(() -> ((ButtonBase) stage.getScene().lookup("#" + viewTab)).fire());
        }
        Region panel = (Region) stage.getScene().lookup(query);
        Node elsewhere = stage.getScene().lookup("#theme-toggle");
        List<String> unfocused = new ArrayList<>();
        robot.interact(() -> {
            elsewhere.requestFocus();
            settle();
            unfocused.addAll(place(panel));
        });
        assertFalse(panel.isFocused());
        List<String> focused = new ArrayList<>();
        robot.interact(() -> {
            panel.requestFocus();
            settle();
            focused.addAll(place(panel));
        });
        assertSame(panel, stage.getScene().getFocusOwner(), query + " takes focus");
        assertTrue(panel.getBorder() != null && !panel.getBorder().getStrokes().isEmpty(), query + " has a ring");
        assertEquals(unfocused, focused, query + " " + kind + ": the ring moved its content");
    }

    private void settle() {
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
    }

    /** The panel's insets, and where each of its children sits inside it. */
    private static List<String> place(Region panel) {
        List<String> out = new ArrayList<>();
        Insets in = panel.getInsets();
        out.add("insets " + in.getTop() + " " + in.getRight() + " " + in.getBottom() + " " + in.getLeft());
        for (Node child : ((Parent) panel).getChildrenUnmodifiable()) {
            if (child.isVisible()) {
                Bounds b = child.getBoundsInParent();
                out.add(child.getClass().getSimpleName() + " " + b.getMinX() + "," + b.getMinY() + " "
                        + b.getWidth() + "x" + b.getHeight());
            }
        }
        return out;
    }
}
