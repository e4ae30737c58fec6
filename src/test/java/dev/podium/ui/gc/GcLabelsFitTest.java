package dev.podium.ui.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.SmallWindow;
import dev.podium.ui.shell.MainWindow;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The GC view in the smallest supported window, 1280×720, beside the gallery and the narration, in English and in
 * Chinese, on each tab of every GC lesson at several moments: no text on the canvas is squeezed or cut (each piece is
 * drawn at its natural width within its room, as the reconcile view's labels are checked), no label of the header
 * ends in "…", each tab draws the words it is about, and the heap tab keeps the old occupancy gauge and, for G1,
 * the marking threshold's label (once left out because the kinds' legend took the column's height).
 */
@ExtendWith(ApplicationExtension.class)
class GcLabelsFitTest {
    private static final long S = 1_000_000_000L;
    private static final List<String> LESSONS = List.of("gc-allocation-burst", "gc-pause-goal", "gc-ihop",
            "gc-ihop-adaptive", "gc-collectors", "gc-liveness-restart", "gc-go-gogc");
    /** What the gauge says under the bar in G1: the threshold, or that marking or mixed collections run. */
    private static final List<String> G1_STATE_EN = List.of("marking starts at", "adaptive IHOP", "concurrent marking",
            "mixed collections");
    private static final List<String> G1_STATE_ZH = List.of("时开始标记", "自适应 IHOP", "并发标记中", "混合回收中");
    private final SmallWindow small = new SmallWindow("gcfit");
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
    void noCanvasTextIsSqueezedOrCutAt1280By720InEitherLanguage(FxRobot robot) {
        for (String lesson : LESSONS) {
            GcView view = GcStage.openLesson(robot, window, lesson);
            for (int tab = 0; tab < GcView.TAB_IDS.length; tab++) {
                String id = "#" + GcView.TAB_IDS[tab];
                robot.interact(() -> robot.lookup(id).queryAs(ToggleButton.class).fire());
                for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                    robot.interact(() -> window.i18n().setLocale(locale));
                    Set<String> seen = new HashSet<>();
                    for (long t : new long[] {1, 20, 45, 70, 85, 110}) {
                        GcStage.seek(robot, window, view, t * S);
                        assertLabelsWhole(view, lesson + " tab " + tab + " " + locale + " at " + t + " s");
                        if (tab == 0) { // gc-liveness-restart too: its GC tab is the shortest canvas (598×317 in zh)
                            assertGaugeDrawn(view, lesson, locale, t);
                        }
                        for (GcText.Drawn d : view.drawnText()) {
                            String where = lesson + " tab " + tab + " " + locale + " at " + t + " s: '" + d.text()
                                    + "'";
                            assertTrue(d.width() <= d.room() + 0.5, where + " is " + d.width() + " px in "
                                    + d.room() + " px");
                            assertFalse(d.shortened(), where + " was cut to fit " + d.room() + " px");
                            seen.add(d.text());
                        }
                    }
                    String all = String.join("\n", seen);
                    assertTrue(seen.size() > 5, lesson + " tab " + tab + " drew almost nothing: " + all);
                    boolean en = locale == Locale.ENGLISH;
                    String expected = tab == 0 ? (en ? "Stop-the-world pauses" : "全停顿（STW）")
                            : tab == 1 ? (en ? "Heap over time" : "堆占用随时间变化")
                            : (en ? "Latency, last 10 s" : "延迟分布，最近 10 秒");
                    assertTrue(all.contains(expected), lesson + " tab " + tab + " " + locale + ": '" + expected
                            + "' not drawn in\n" + all);
                    if (lesson.equals("gc-go-gogc") && tab != 2) { // Go's pauses are named as Go names them
                        String go = en ? "sweep / mark termination" : "清扫终止 / 标记终止";
                        assertTrue(seen.contains(go) && !all.contains("Full GC"), lesson + " tab "
                                + tab + " " + locale + ": the pause legend is a JVM's in\n" + all);
                    }
                }
            }
        }
    }

    /** The heap tab draws the old occupancy gauge's line and, for G1, what the threshold or the cycle is doing. */
    private static void assertGaugeDrawn(GcView view, String lesson, Locale locale, long t) {
        boolean en = locale == Locale.ENGLISH;
        List<String> drawn = GcStage.drawn(view);
        String where = lesson + " heap tab " + locale + " at " + t + " s";
        assertTrue(drawn.stream().anyMatch(d -> d.startsWith(en ? "old: " : "老年代：")), where
                + ": no old occupancy gauge in " + drawn);
        if (!lesson.equals("gc-go-gogc")) {
            List<String> state = en ? G1_STATE_EN : G1_STATE_ZH;
            String all = String.join(" ", drawn); // a long label may take two lines
            assertTrue(state.stream().anyMatch(all::contains), where
                    + ": no marking threshold label in " + drawn);
        }
    }

    /** Every visible label of the view shows its whole text (a label too narrow ends in "…"). */
    private static void assertLabelsWhole(GcView view, String where) {
        for (Node n : view.node().lookupAll(".label")) {
            if (n instanceof Label label && label.isVisible() && !label.getText().isEmpty()
                    && label.lookup(".text") instanceof Text shown) {
                assertEquals(label.getText(), shown.getText(), where + ": label " + label.getId() + " is cut");
            }
        }
    }

    /**
     * The heap-over-time legend names the threshold its dashed line is at: with adaptive IHOP the predicted one
     * (gc-ihop-adaptive at 75 s: about 10 % of the heap), not the InitiatingHeapOccupancyPercent it started from (the
     * legend once said "IHOP 70 %" beside a line at 10 %).
     */
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
