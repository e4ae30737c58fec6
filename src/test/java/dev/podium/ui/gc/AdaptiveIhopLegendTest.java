package dev.podium.ui.gc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.SmallWindow;
import dev.podium.ui.shell.MainWindow;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The heap-over-time legend names the threshold its dashed line is at: with adaptive IHOP that is the predicted one
 * (gc-ihop-adaptive at 75 s: about 10 % of the heap), not the InitiatingHeapOccupancyPercent it started from (the
 * legend once said "IHOP 70 %" beside a line at 10 %).
 */
@ExtendWith(ApplicationExtension.class)
class AdaptiveIhopLegendTest {
    private final SmallWindow small = new SmallWindow("gcihoplegend");
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
    void theLegendGivesTheAdaptiveThresholdTheLineIsAt(FxRobot robot) {
        GcView view = GcStage.openLesson(robot, window, "gc-ihop-adaptive");
        robot.interact(() -> robot.lookup("#" + GcView.TAB_IDS[1]).queryAs(ToggleButton.class).fire());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            robot.interact(() -> window.i18n().setLocale(locale));
            GcStage.seek(robot, window, view, 75_000_000_000L);
            List<String> drawn = GcStage.drawn(view);
            String prefix = locale == Locale.ENGLISH ? "adaptive IHOP " : "自适应 IHOP ";
            String legend = drawn.stream().filter(t -> t.startsWith(prefix)).findFirst().orElse(null);
            assertTrue(legend != null, locale + ": no adaptive IHOP legend in " + drawn);
            int percent = Integer.parseInt(legend.substring(prefix.length()).replace("%", "").trim());
            assertTrue(percent >= 5 && percent <= 20, locale + ": the predicted threshold near 10 %: " + legend);
            assertFalse(drawn.contains("IHOP 70 %"), locale + ": the starting flag as the legend: " + drawn);
        }
    }
}
