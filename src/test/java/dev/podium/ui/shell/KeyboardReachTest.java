package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.common.Scrubber;
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
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every control of the main window, with a Kubernetes lesson open, is reached by pressing Tab, and shows a focus ring
 * (a visible border) while focused: buttons, toggles, the world's tabs and the scrubber.
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
    void cleanUp() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void tabReachesEveryControlAndEachShowsAFocusRing(FxRobot robot) {
        robot.interact(() -> window.openFile(Path.of("simulations/preemption.yaml")));
        Scene scene = stage.getScene();
        List<Control> controls = new ArrayList<>();
        robot.interact(() -> collect(scene.getRoot(), controls));
        assertTrue(controls.stream().anyMatch(c -> c instanceof Scrubber), "the scrubber is on the window");
        assertTrue(controls.size() >= 12, "controls found: " + controls.size());
        Set<Node> reached = new LinkedHashSet<>();
        List<String> ringless = new ArrayList<>();
        for (int i = 0; i < controls.size() * 3 + 20; i++) {
            robot.type(KeyCode.TAB);
            robot.interact(() -> {
                Node f = scene.getFocusOwner();
                if (f != null && reached.add(f) && f instanceof Region r && !hasRing(r)) {
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
        assertTrue(missed.isEmpty(), "not reached by Tab: " + missed);
        assertTrue(ringless.isEmpty(), "focused without a visible ring: " + ringless);
    }

    private static boolean hasRing(Region r) {
        Border b = r.getBorder();
        if (b == null) {
            return false;
        }
        for (BorderStroke s : b.getStrokes()) {
            if (s.getTopStroke() instanceof Color c && c.getOpacity() > 0.5 && s.getWidths().getTop() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The controls a person operates, visible and enabled, anywhere under {@code node}. */
    private static void collect(Node node, List<Control> out) {
        if (!node.isVisible() || node.isDisabled() || node instanceof MenuBar) {
            return; // the menus are reached with F10 or Alt, as on every desktop, not with Tab
        }
        if (node instanceof ButtonBase || node instanceof Scrubber || node instanceof Slider
                || node instanceof ComboBoxBase || node instanceof MenuButton) {
            out.add((Control) node);
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static String describe(Node n) {
        String text = n instanceof javafx.scene.control.Labeled l ? l.getText() : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId())
                + (text == null || text.isBlank() ? "" : "'" + text + "'");
    }

}
