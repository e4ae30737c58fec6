package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.SmallWindow;
import dev.podium.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The cluster tab's side column (scheduler queue, workloads) in the smallest supported window, 1280×720, beside the
 * gallery and the narration, in English and Chinese, through the lessons whose workloads have the longest names: no
 * text is squeezed (each piece is drawn at its natural width within its room; a long name steps down a size or is
 * shortened with "…"), and the rows are drawn.
 */
@ExtendWith(ApplicationExtension.class)
class ClusterSideFitTest {
    private static final long SECOND = 1_000_000_000L;
    private final SmallWindow small = new SmallWindow("side");
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
    void noSideTextIsSqueezedAt1280By720InEitherLanguage(FxRobot robot) {
        for (String lesson : List.of("operator-dbinstance", "statefulset-daemonset-job", "configmap-hot-reload")) {
            robot.interact(() -> window.openFile(Path.of("simulations/" + lesson + ".yaml")));
            ClusterPane pane = robot.lookup("#" + ClusterPane.ID).queryAs(ClusterPane.class);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                robot.interact(() -> window.i18n().setLocale(locale));
                List<String> seen = new ArrayList<>();
                for (long t = 0; t <= 120; t += 5) {
                    long at = t * SECOND;
                    robot.interact(() -> window.player().frame(at));
                    for (FitText.Drawn d : pane.sideText()) {
                        assertTrue(d.width() <= d.room() + 0.5, lesson + " " + locale + " at " + t + " s: '"
                                + d.text() + "' is " + d.width() + " px in " + d.room() + " px");
                        seen.add(d.text());
                    }
                }
                String title = locale == Locale.ENGLISH ? "Workloads" : "工作负载";
                assertTrue(seen.contains(title), lesson + " " + locale + ": '" + title + "' not drawn in " + seen);
                assertTrue(seen.size() > 4, lesson + " " + locale + ": the workload rows not drawn: " + seen);
            }
        }
    }
}
