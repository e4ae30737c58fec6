package dev.podium.ui.gc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.shell.MainWindow;
import dev.podium.ui.shell.RecentFiles;
import dev.podium.ui.shell.ScenarioSource;
import dev.podium.ui.shell.WorldViews;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The GC view in the smallest supported window, 1280×720, beside the gallery and the narration, in English and in
 * Chinese, on each tab of three lessons at several moments: no text on the canvas is squeezed or cut (each piece is
 * drawn at its natural width within its room, as the reconcile view's labels are checked), and each tab draws the
 * words it is about.
 */
@ExtendWith(ApplicationExtension.class)
class GcLabelsFitTest {
    private static final long S = 1_000_000_000L;
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/gcfit-" + UUID.randomUUID());
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
        window.show(stage);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @AfterEach
    void removePrefs() throws BackingStoreException {
        prefs.removeNode();
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @Test
    void noCanvasTextIsSqueezedOrCutAt1280By720InEitherLanguage(FxRobot robot) {
        for (String lesson : List.of("gc-allocation-burst", "gc-pause-goal", "gc-go-gogc")) {
            robot.interact(() -> window.openFile(Path.of("simulations/" + lesson + ".yaml")));
            GcView view = (GcView) window.player().worldsProperty().get().stream()
                    .map(e -> e.view()).filter(GcView.class::isInstance).findFirst().orElseThrow();
            for (int tab = 0; tab < GcView.TAB_IDS.length; tab++) {
                String id = "#" + GcView.TAB_IDS[tab];
                robot.interact(() -> robot.lookup(id).queryAs(ToggleButton.class).fire());
                for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                    robot.interact(() -> window.i18n().setLocale(locale));
                    Set<String> seen = new HashSet<>();
                    for (long t : new long[] {1, 20, 45, 70, 85, 110}) {
                        long at = t * S;
                        for (int i = 0; i < 200 && window.model().playheadNanos() < at
                                && window.model().playheadNanos() < window.model().durationProperty().get(); i++) {
                            robot.interact(() -> {
                                window.model().seek(at);
                                window.player().frame(0);
                            });
                        }
                        robot.interact(() -> view.render(window.model().playheadNanos()));
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
                    boolean en = locale == Locale.ENGLISH;
                    String expected = tab == 0 ? (en ? "Stop-the-world pauses" : "全停顿（STW）")
                            : tab == 1 ? (en ? "Heap over time" : "堆占用随时间变化")
                            : (en ? "Latency, last 10 s" : "延迟分布，最近 10 秒");
                    assertTrue(all.contains(expected), lesson + " tab " + tab + " " + locale + ": '" + expected
                            + "' not drawn in\n" + all);
                }
            }
        }
    }
}
