package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.ui.SmallWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
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
 * and the list keeps room for at least two lines.
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
        for (String lesson : List.of("preemption", "configmap-hot-reload", "go-worker-pool")) {
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
                    robot.interact(() -> robot.lookup("#narration").query().getScene().getRoot().layout());
                    String where = lesson + " " + locale + " at the cue of " + cue.timeNanos() / 1_000_000_000L
                            + " s";
                    Bounds list = bounds(robot, "#narration");
                    Bounds next = bounds(robot, "#next-cue");
                    Bounds banner = bounds(robot, "#narration-cue");
                    Bounds inspector = bounds(robot, "#inspector");
                    assertTrue(list.getHeight() >= 48, where + ": the narration list is " + list.getHeight()
                            + " px high");
                    if (banner != null) {
                        assertTrue(banner.getMaxY() <= list.getMinY() + 0.5, where + ": the cue overlaps the list");
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
                        assertTrue(inspector.getMaxY() <= robot.lookup("#narration").query().getScene().getHeight() + 0.5, where
                                + ": the inspector runs off the window");
                    }
                }
            }
        }
    }

    private static Bounds bounds(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n == null || !n.isVisible() || !n.isManaged() ? null : n.localToScene(n.getLayoutBounds());
    }
}
