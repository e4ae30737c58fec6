package dev.podium.ui.gc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.SmallWindow;
import dev.podium.ui.shell.MainWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every GC lesson in the smallest supported window, 1280×720, in English and Chinese, on each tab: the plots keep a
 * height a class reads from the back (the latency plot was once crushed to 6–16 px in gc-liveness-restart's GC tab
 * in Chinese), the canvas is as tall as what is laid out on it (the view scrolls rather than cut the bottom off),
 * and no two pieces of text drawn on the canvas cover each other (the pause legend's "Full GC" once sat under the
 * "MaxGCPauseMillis 200 毫秒" label). Nothing scrolls: gc-liveness-restart's heap tab in Chinese, under the world
 * tabs, once scrolled by 37 px (Chinese type's taller header rows), so the latency plot's axis was off the bottom.
 */
@ExtendWith(ApplicationExtension.class)
class GcPanelsRoomTest {
    private static final long S = 1_000_000_000L;
    /** Readable from the back of a room: three decades of the log axis and the lines between them. */
    private static final double READABLE_LATENCY = 60;
    /** The bars over the goal line, and the goal's label inside the plot. */
    private static final double READABLE_PAUSES = 40;
    private static final List<String> LESSONS = List.of("gc-allocation-burst", "gc-pause-goal", "gc-ihop",
            "gc-ihop-adaptive", "gc-collectors", "gc-liveness-restart", "gc-go-gogc");
    private final SmallWindow small = new SmallWindow("gcroom");
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
    void plotsKeepTheirRoomAndNoTextCoversOtherTextAt1280By720(FxRobot robot) {
        List<String> failures = new ArrayList<>();
        for (String lesson : LESSONS) {
            GcView view = GcStage.openLesson(robot, window, lesson);
            for (int tab = 0; tab < GcView.TAB_IDS.length; tab++) {
                String id = "#" + GcView.TAB_IDS[tab];
                robot.interact(() -> robot.lookup(id).queryAs(ToggleButton.class).fire());
                for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                    robot.interact(() -> window.i18n().setLocale(locale));
                    for (long ms : moments(lesson)) {
                        GcStage.seek(robot, window, view, ms * S / 1000);
                        check(view, lesson + " tab " + tab + " " + locale + " at " + ms + " ms", failures);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " problems:\n" + String.join("\n", failures));
    }

    /**
     * The start, the middle, gc-liveness-restart's first Full GC (67 s), the end; in gc-allocation-burst also a
     * millisecond into a mixed pause (65.374 s), when the evacuation's arrows and captions are over the grid.
     */
    private static long[] moments(String lesson) {
        return lesson.equals("gc-allocation-burst") ? new long[] {1_000, 40_000, 65_374, 67_000, 110_000}
                : new long[] {1_000, 40_000, 67_000, 110_000};
    }

    private static void check(GcView view, String where, List<String> failures) {
        GcLayout layout = view.layout();
        if (layout == null) {
            failures.add(where + ": nothing laid out");
            return;
        }
        double canvasH = view.canvasPane().canvas().getHeight();
        if (canvasH + 0.5 < layout.height()) {
            failures.add(where + ": laid out " + layout.height() + " px high on a canvas of " + canvasH + " px");
        }
        ScrollPane scroller = (ScrollPane) view.node().lookup(".gc-scroller");
        double viewport = scroller.getViewportBounds().getHeight();
        if (canvasH > viewport + 0.5) {
            failures.add(where + ": scrolls by " + Math.round(canvasH - viewport) + " px (canvas " + canvasH
                    + " px in a viewport of " + viewport + " px)");
        }
        if (layout.mode() != GcLayout.Mode.HISTOGRAM) {
            if (layout.latencyPlot().h() < READABLE_LATENCY) {
                failures.add(where + ": latency plot " + layout.latencyPlot().h() + " px high");
            }
            if (layout.pausePlot().h() < READABLE_PAUSES) {
                failures.add(where + ": pause plot " + layout.pausePlot().h() + " px high");
            }
        }
        List<GcText.Drawn> drawn = view.drawnText();
        for (int i = 0; i < drawn.size(); i++) {
            for (int j = i + 1; j < drawn.size(); j++) {
                if (drawn.get(i).overlaps(drawn.get(j), 1)) {
                    failures.add(where + ": '" + drawn.get(i).text() + "' and '" + drawn.get(j).text()
                            + "' overlap " + box(drawn.get(i)) + " " + box(drawn.get(j)));
                }
            }
        }
    }

    private static String box(GcText.Drawn d) {
        return String.format(Locale.ROOT, "[%.0f,%.0f %.0f×%.0f]", d.x(), d.top(), d.width(), d.height());
    }
}
