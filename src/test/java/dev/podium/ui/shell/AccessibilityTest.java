package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.common.Theme;
import dev.podium.ui.common.ThemeColors;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Seeing without colour: the high-contrast theme (the tooltips of icon-only buttons: {@link IconTooltipsTest}). */
@ExtendWith(ApplicationExtension.class)
class AccessibilityTest {
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/a11y-" + UUID.randomUUID());
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
        window.show(stage);
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        prefs.removeNode();
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @Test
    void theToggleReachesHighContrastWhichPaintsBlackOnWhite(FxRobot robot) {
        Parent root = window.theme() == null ? null : robot.lookup("#root").queryParent();
        assertNotNull(root);
        Color lightText = resolve(robot, root, "-pd-text");
        robot.clickOn("#theme-toggle"); // dark
        robot.clickOn("#theme-toggle"); // high contrast
        assertEquals(Theme.Kind.HIGH_CONTRAST, window.theme().kind());
        assertTrue(root.getStyleClass().contains(PodiumStyles.THEME_CONTRAST));
        assertFalse(root.getStyleClass().contains(PodiumStyles.THEME_DARK));
        assertEquals(Color.BLACK, resolve(robot, root, "-pd-text"));
        assertEquals(Color.WHITE, resolve(robot, root, "-pd-stage-bg"));
        assertEquals(Color.BLACK, resolve(robot, root, "-pd-border"));
        assertNotEquals(lightText, Color.BLACK, "the light theme's text is not pure black, so the switch is seen");
        robot.clickOn("#theme-toggle"); // back to light
        assertFalse(root.getStyleClass().contains(PodiumStyles.THEME_CONTRAST));
        assertEquals(lightText, resolve(robot, root, "-pd-text"));
    }

    @Test
    void theThemeChoiceIsRememberedAcrossWindows(FxRobot robot) {
        robot.interact(() -> {
            Theme first = new Theme();
            first.remember(prefs);
            assertEquals(Theme.Kind.LIGHT, first.kind());
            first.setKind(Theme.Kind.HIGH_CONTRAST);
            Theme second = new Theme();
            second.remember(prefs);
            assertEquals(Theme.Kind.HIGH_CONTRAST, second.kind());
            second.setKind(Theme.Kind.LIGHT); // the user-agent sheet back to light for other tests
        });
    }

    private static Color resolve(FxRobot robot, Parent root, String token) {
        Color[] out = new Color[1];
        robot.interact(() -> {
            Pane host = new Pane();
            ((Pane) root).getChildren().add(host);
            out[0] = new ThemeColors(host).resolve(token, Color.TRANSPARENT);
            ((Pane) root).getChildren().remove(host);
        });
        return out[0];
    }
}
