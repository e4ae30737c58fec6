package dev.podium.ui.gc;

import dev.podium.ui.PngFiles;
import dev.podium.ui.common.Theme;
import dev.podium.ui.shell.MainWindow;
import dev.podium.ui.shell.RecentFiles;
import dev.podium.ui.shell.ScenarioSource;
import dev.podium.ui.shell.WorldViews;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Not a test: renders the GC lessons in the whole window, light and dark, English and Chinese, at 1280×720 and
 * 1920×1080, to {@code target/gc-<lesson>-<seconds>-<tab>-<language>-<theme>-<width>x<height>.png} for a person
 * to look at.
 * Runs only with {@code mvn -o test -Dtest=GcViewSnapshots -Dpodium.snapshots=true}; options:
 * {@code -Dpodium.lessons=lesson:seconds[:tabs],...} (seconds may have decimals, tabs like {@code 012}),
 * {@code -Dpodium.sizes=1280x720,1920x1080}, {@code -Dpodium.tabs=0,1,2} (for lessons that name none).
 *
 * <p>The default moments are the ones each lesson is about, a millisecond into the pause where there is one: a
 * young pause's evacuation arrows, the mixed collections, the Full GC, adaptive IHOP's threshold, the probe restart
 * and GOMEMLIMIT.
 */
@EnabledIfSystemProperty(named = "podium.snapshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class GcViewSnapshots {
    private static final long S = 1_000_000_000L;
    /** lesson:seconds[:tabs], the moments each lesson is about (times from its seed-42 run). */
    private static final String DEFAULT_MOMENTS = String.join(",",
            "gc-allocation-burst:23.329:0", "gc-allocation-burst:65.374:0", "gc-allocation-burst:77.325:012",
            "gc-pause-goal:22.912:0", "gc-pause-goal:90:12",
            "gc-ihop:35.615:01", "gc-ihop-adaptive:35.615:0", "gc-ihop-adaptive:72:01",
            "gc-collectors:14.089:0", "gc-collectors:63.038:0", "gc-collectors:120:12",
            "gc-liveness-restart:66.627:0", "gc-liveness-restart:77:01",
            "gc-go-gogc:40:0", "gc-go-gogc:85:012");
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/gcshots-" + UUID.randomUUID());
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
        window.show(stage);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        prefs.removeNode();
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @Test
    void renderLessons(FxRobot robot) throws Exception {
        String spec = System.getProperty("podium.lessons", DEFAULT_MOMENTS);
        for (String one : spec.split(",")) {
            String[] parts = one.split(":");
            robot.interact(() -> window.openFile(Path.of("simulations/" + parts[0] + ".yaml")));
            long at = new BigDecimal(parts[1]).multiply(BigDecimal.valueOf(S)).longValueExact();
            String tabs = parts.length > 2 ? String.join(",", parts[2].split(""))
                    : System.getProperty("podium.tabs", "0,1,2");
            for (String size : System.getProperty("podium.sizes", "1280x720,1920x1080").split(",")) {
            String[] wh = size.split("x");
            robot.interact(() -> {
                stage.setWidth(Double.parseDouble(wh[0]));
                stage.setHeight(Double.parseDouble(wh[1]));
            });
            for (String tab : tabs.split(",")) {
            robot.interact(() -> robot.lookup("#" + GcView.TAB_IDS[Integer.parseInt(tab)])
                    .queryAs(javafx.scene.control.ToggleButton.class).fire());
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                for (Theme.Kind kind : Theme.Kind.values()) {
                    WritableImage[] image = new WritableImage[1];
                    robot.interact(() -> {
                        window.i18n().setLocale(locale);
                        window.theme().setKind(kind);
                        window.model().seek(at);
                    });
                    for (int i = 0; i < 400 && window.model().playheadNanos() < at; i++) {
                        robot.interact(() -> {
                            window.model().seek(at);
                            window.player().frame(0);
                        });
                    }
                    robot.interact(() -> {
                        window.player().refresh();
                        image[0] = stage.getScene().snapshot(null);
                    });
                    PngFiles.write(image[0], Path.of("target", "gc-" + parts[0] + "-" + parts[1] + "-" + tab + "-"
                            + locale.getLanguage() + "-" + kind.name().toLowerCase(Locale.ROOT) + "-" + size
                            + ".png"));
                }
            }
            }
            }
        }
    }
}
