package dev.podium.ui.coin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.WorldRegistry;
import dev.podium.ui.shell.MainWindow;
import dev.podium.ui.shell.NarrationLine;
import dev.podium.ui.shell.RecentFiles;
import dev.podium.ui.shell.ScenarioSource;
import dev.podium.ui.shell.WorldViews;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The throwaway coin world's UI side, registered by one line in {@code throwaway-world/META-INF/services}: the
 * shell shows its view, narrates its events and offers its action, without naming it anywhere.
 */
@ExtendWith(ApplicationExtension.class)
class ThrowawayWorldWindowTest {
    private static final long SECOND = 1_000_000_000L;
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/coin-" + UUID.randomUUID());
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private MainWindow window;
    private WorldRegistry registry;

    @Start
    void start(Stage stage) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {getClass().getResource("/throwaway-world/")},
                getClass().getClassLoader());
        registry = WorldRegistry.load(loader);
        window = new MainWindow(new ScenarioSource(), WorldViews.load(loader), new RecentFiles(prefs), false,
                registry);
        window.show(stage);
    }

    @AfterEach
    void removePrefs() throws BackingStoreException {
        prefs.removeNode();
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @Test
    void theShellShowsNarratesAndActsOnAWorldItNeverNames(FxRobot robot) throws Exception {
        var scenario = ScenarioLoader.parse("coins.yaml", """
                podium: 1
                name: coins
                worlds: [coin]
                duration: 1m
                params: {period: 1s}
                """, registry);
        robot.interact(() -> assertTrue(window.openScenario(scenario)));
        robot.interact(() -> window.model().seek(10 * SECOND));
        robot.interact(() -> window.player().frame(0));

        Label label = robot.lookup("#coin-count").queryAs(Label.class);
        assertEquals(Color.web("#A0522D"), label.getTextFill(), "the world's own token sheet is applied");
        String[] count = label.getText().split(" ");
        assertEquals(10, Integer.parseInt(count[0]) + Integer.parseInt(count[2]), "a flip a second for 10 s");
        var narration = robot.lookup("#narration").<NarrationLine>queryListView().getItems();
        assertTrue(narration.stream().anyMatch(line -> line.text().equals("Heads.") || line.text().equals("Tails.")),
                narration.toString());

        MenuItem bias = actions(robot).getItems().stream().filter(i -> "action-setBias".equals(i.getId()))
                .findFirst().orElseThrow();
        assertTrue(bias.isVisible());
        assertEquals("Bias the coin…", bias.getText());
        List<MenuItem> queueItems = actions(robot).getItems().stream()
                .filter(i -> "action-setServers".equals(i.getId())).toList();
        assertTrue(queueItems.stream().noneMatch(MenuItem::isVisible), "other worlds' actions stay hidden");
    }

    private static Menu actions(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> "menu-actions".equals(m.getId())).findFirst().orElseThrow();
    }
}
