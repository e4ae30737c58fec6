package dev.podium.ui.gc;

import dev.podium.ui.PngFiles;
import dev.podium.ui.common.Theme;
import dev.podium.ui.shell.MainWindow;
import dev.podium.ui.shell.RecentFiles;
import dev.podium.ui.shell.ScenarioSource;
import dev.podium.ui.shell.WorldViews;
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
 * Not a test: renders the GC lessons in the whole window at 1280×720, light and dark, English and Chinese, to
 * {@code target/gc-*.png} for a person to look at. Runs only with
 * {@code mvn -o test -Dtest=GcViewSnapshots -Dpodium.snapshots=true} (optionally {@code -Dpodium.lessons=a:t,b:t}).
 */
@EnabledIfSystemProperty(named = "podium.snapshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class GcViewSnapshots {
    private static final long S = 1_000_000_000L;
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
        String spec = System.getProperty("podium.lessons",
                "gc-allocation-burst:85,gc-pause-goal:60,gc-go-gogc:40");
        for (String one : spec.split(",")) {
            String[] parts = one.split(":");
            robot.interact(() -> window.openFile(Path.of("simulations/" + parts[0] + ".yaml")));
            long at = Long.parseLong(parts[1]) * S;
            for (String tab : System.getProperty("podium.tabs", "0,1,2").split(",")) {
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
                    PngFiles.write(image[0], Path.of("target", "gc-" + parts[0] + "-" + tab + "-" + locale.getLanguage() + "-"
                            + kind.name().toLowerCase(Locale.ROOT) + ".png"));
                }
            }
            }
        }
    }
}
