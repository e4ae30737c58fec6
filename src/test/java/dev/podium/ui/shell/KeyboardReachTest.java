package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.common.ScrollStop;
import dev.podium.ui.common.Scrubber;
import dev.podium.ui.common.Theme;
import dev.podium.ui.common.ThemeColors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every control of the main window is reached by pressing Tab, and shows a focus ring (a border that stands out
 * from the panels behind it) while focused: buttons, toggles, the world's tabs, the scrubber, the gallery, the
 * narration and the inspector. For a lesson of each world, one with two world tabs, in each theme. A stage's scroll
 * pane (the API and reconcile tabs, the GC view) is reached while it has something to scroll, and passed by when not.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardReachTest {
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/keys-" + UUID.randomUUID());
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
        window.show(stage);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> window.theme().setKind(Theme.Kind.LIGHT)); // the user-agent sheet back for other tests
        prefs.removeNode();
    }

    @ParameterizedTest
    @CsvSource({"preemption, LIGHT,", "go-gmp-basics, DARK,", "gc-collectors, HIGH_CONTRAST,",
            "gc-liveness-restart, DARK,", "go-worker-pool, HIGH_CONTRAST,", "gc-pause-goal, LIGHT,",
            "preemption, DARK, kube-tab-events", "operator-dbinstance, HIGH_CONTRAST, kube-tab-reconcile"})
    void tabReachesEveryControlAndEachShowsAFocusRing(String lesson, Theme.Kind kind, String viewTab, FxRobot robot) {
        robot.interact(() -> {
            window.openFile(Path.of("simulations/" + lesson + ".yaml"));
            window.theme().setKind(kind);
        });
        if (viewTab != null) { // a view's own tab, with its own controls (the events table, the reconcile picker)
            robot.interact(() -> ((ButtonBase) stage.getScene().lookup("#" + viewTab)).fire());
        }
        Scene scene = stage.getScene();
        List<Control> controls = new ArrayList<>();
        List<Control> passed = new ArrayList<>();
        robot.interact(() -> {
            collect(scene.getRoot(), controls);
            controls.removeIf(c -> isStageScroll(c) && !ScrollStop.overflows((ScrollPane) c) && passed.add(c));
        });
        assertTrue(controls.stream().anyMatch(c -> c instanceof Scrubber), "the scrubber is on the window");
        assertTrue(controls.stream().filter(c -> c instanceof ListView).count() >= 2, "gallery and narration");
        assertTrue(controls.size() >= 14, "controls found: " + controls.size());
        Color[] behind = new Color[2];
        robot.interact(() -> {
            behind[0] = resolve(scene, "-pd-panel-bg");
            behind[1] = resolve(scene, "-pd-stage-bg");
        });
        Set<Node> reached = new LinkedHashSet<>();
        List<String> ringless = new ArrayList<>();
        for (int i = 0; i < controls.size() * 2 + 20; i++) {
            robot.type(KeyCode.TAB);
            robot.interact(() -> {
                Node f = scene.getFocusOwner();
                Node ringed = f instanceof TabPane tabs ? tabs.lookup(".tab:selected") : f;
                if (f != null && reached.add(f) && ringed instanceof Region r && !hasRing(r, behind)) {
                    ringless.add(describe(f));
                }
            });
        }
        List<String> missed = new ArrayList<>();
        for (Control c : controls) {
            if (!reached.contains(c)) {
                missed.add(describe(c));
            }
        }
        List<String> stopped = passed.stream().filter(reached::contains).map(KeyboardReachTest::describe).toList();
        assertTrue(missed.isEmpty() && ringless.isEmpty() && stopped.isEmpty(),
                lesson + " " + kind + ": not reached by Tab: " + missed + "; focused without a visible ring: " + ringless
                + "; stage scroll panes with nothing to scroll that Tab stopped at: " + stopped);
    }

    /** The GC view's scroll pane: passed by in a 720 px high window (it fits), a Tab stop in a 600 px one. */
    @Test
    void theGcStageIsATabStopOnlyWhileItHasSomethingToScroll(FxRobot robot) {
        robot.interact(() -> window.openFile(Path.of("simulations/gc-collectors.yaml")));
        ScrollPane scroller = (ScrollPane) stage.getScene().lookup(".gc-scroller");
        assertFalse(ScrollStop.overflows(scroller), "the GC stage fits at 1280×720");
        assertFalse(tabReaches(robot, scroller), "so Tab passes it by");
        robot.interact(() -> stage.setHeight(600));
        assertTrue(ScrollStop.overflows(scroller), "the GC stage does not fit at 1280×600");
        assertTrue(tabReaches(robot, scroller), "so Tab stops at it");
        double before = scroller.getVvalue();
        robot.type(KeyCode.DOWN);
        assertTrue(scroller.getVvalue() > before, "and Down scrolls it");
    }

    /** Whether pressing Tab (as often as the window has controls, twice over) gives {@code target} the focus. */
    private boolean tabReaches(FxRobot robot, Node target) {
        for (int i = 0; i < 80; i++) {
            robot.type(KeyCode.TAB);
            if (target.isFocused()) {
                return true;
            }
        }
        return false;
    }

    /** A scroll pane round a stage (not a panel's list of fields), which Tab reaches only when it scrolls. */
    static boolean isStageScroll(Node node) {
        return node instanceof ScrollPane
                && (node.getStyleClass().contains("stage-scroll") || node.getStyleClass().contains("gc-scroller"));
    }

    /** A border at least 2 px wide, opaque, with a contrast of 3:1 (WCAG's for non-text) against what is behind. */
    private static boolean hasRing(Region r, Color[] behind) {
        Border b = r.getBorder();
        if (b == null) {
            return false;
        }
        for (BorderStroke s : b.getStrokes()) {
            if (s.getTopStroke() instanceof Color c && c.getOpacity() > 0.5 && s.getWidths().getTop() >= 2
                    && contrast(c, behind[0]) >= 3 && contrast(c, behind[1]) >= 3) {
                return true;
            }
        }
        return false;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static Color resolve(Scene scene, String token) {
        Pane host = new Pane();
        BorderPane root = (BorderPane) scene.getRoot();
        ((Pane) root.getTop()).getChildren().add(host);
        Color c = new ThemeColors(host).resolve(token, Color.MAGENTA);
        ((Pane) root.getTop()).getChildren().remove(host);
        return c;
    }

    /** The controls a person operates, visible and enabled, anywhere under {@code node}. */
    static void collect(Node node, List<Control> out) {
        if (!node.isVisible() || node.isDisabled() || node instanceof MenuBar) {
            return; // the menus are reached with F10 or Alt, as on every desktop, not with Tab
        }
        if (node instanceof ButtonBase || node instanceof Scrubber || node instanceof Slider
                || node instanceof ComboBoxBase || node instanceof MenuButton || node instanceof ListView
                || node instanceof TableView || node instanceof ScrollPane) {
            out.add((Control) node);
            return;
        }
        if (node instanceof TabPane tabs) {
            out.add(tabs); // its tabs are chosen with the arrow keys once it has focus; then the world in front
            if (tabs.getSelectionModel().getSelectedItem() != null
                    && tabs.getSelectionModel().getSelectedItem().getContent() != null) {
                collect(tabs.getSelectionModel().getSelectedItem().getContent(), out);
            }
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    static String describe(Node n) {
        String text = n instanceof javafx.scene.control.Labeled l ? l.getText() : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId())
                + (text == null || text.isBlank() ? "" : "'" + text + "'");
    }
}
