package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.common.Theme;
import dev.podium.ui.common.ThemeColors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Seeing without colour: the high-contrast theme, and tooltips in both languages on every icon-only button (a graphic,
 * or a symbol, and no words), in the window's bars and each world's own view, for a lesson of every world and one
 * with two world tabs.
 */
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

    @ParameterizedTest
    @ValueSource(strings = {"preemption", "go-gmp-basics", "gc-collectors", "gc-liveness-restart", "queueing-basics"})
    void everyIconOnlyButtonHasATooltipInEnglishAndChinese(String lesson, FxRobot robot) {
        List<ButtonBase> iconOnly = new ArrayList<>();
        robot.interact(() -> {
            window.i18n().setLocale(Locale.ENGLISH);
            window.openFile(Path.of("simulations/" + lesson + ".yaml"));
            Set<ButtonBase> found = new LinkedHashSet<>();
            iconOnlyButtons(window.stageArea().getScene().getRoot(), found);
            window.views().built().forEach(entry -> iconOnlyButtons(entry.view().node(), found));
            iconOnly.addAll(found);
        });
        assertTrue(iconOnly.size() >= 8, lesson + ": transport and header buttons found: " + iconOnly.size());
        List<String> english = tooltips(iconOnly);
        robot.interact(() -> window.i18n().setLocale(Locale.SIMPLIFIED_CHINESE));
        List<String> chinese = tooltips(iconOnly);
        for (int i = 0; i < iconOnly.size(); i++) {
            String id = lesson + " " + KeyboardReachTest.describe(iconOnly.get(i));
            assertFalse(english.get(i).isBlank(), id + " has an English tooltip");
            assertTrue(english.get(i).chars().allMatch(c -> c < 0x2E80), id + " English: " + english.get(i));
            assertTrue(chinese.get(i).chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                    id + " has a Chinese tooltip: " + chinese.get(i));
        }
    }

    private static List<String> tooltips(List<ButtonBase> buttons) {
        List<String> texts = new ArrayList<>();
        for (ButtonBase b : buttons) {
            assertNotNull(b.getTooltip(), KeyboardReachTest.describe(b) + " has a tooltip");
            texts.add(b.getTooltip().getText() == null ? "" : b.getTooltip().getText());
        }
        return texts;
    }

    /** Buttons that show an icon or a symbol and no words, anywhere under {@code node}, hidden ones too. */
    private static void iconOnlyButtons(Node node, Set<ButtonBase> found) {
        if (node instanceof ButtonBase b && (b.getText() == null || b.getText().codePoints()
                .noneMatch(Character::isLetterOrDigit))) {
            found.add(b);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                iconOnlyButtons(child, found);
            }
        }
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
