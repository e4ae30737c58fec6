package dev.podium.ui.shell;

import dev.podium.timeline.Asked;
import dev.podium.ui.PngFiles;
import dev.podium.ui.common.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Not a test: renders a question before and after the reveal (with captions and the pointer), in English and
 * Chinese, light and dark, at 1280×720, to {@code target/presenter-<state>-<language>-<theme>.png} for a person to
 * look at; and the focus ring on the gallery, the narration, the world tabs and the Kubernetes events table (each
 * focused, the arrow keys moved once) to {@code target/focus-<panel>-<language>-<theme>.png}. Runs only with
 * {@code mvn -o test -Dtest=PresenterSnapshots -Dpodium.snapshots=true}.
 */
@EnabledIfSystemProperty(named = "podium.snapshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class PresenterSnapshots {
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/presshots-" + UUID.randomUUID());
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
    void renderQuestionAndCaptions(FxRobot robot) throws Exception {
        String lesson = System.getProperty("podium.lesson", "go-buffered-channels");
        robot.interact(() -> window.openFile(Path.of("simulations/" + lesson + ".yaml")));
        Asked asked = (Asked) window.model().playback().cues().stream().filter(Asked.class::isInstance)
                .findFirst().orElseThrow();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (Theme.Kind kind : Theme.Kind.values()) {
                robot.interact(() -> {
                    window.i18n().setLocale(locale);
                    window.theme().setKind(kind);
                    window.presenterControls().captionsProperty().set(true);
                    window.model().seek(asked.timeNanos() - 1);
                    window.model().play();
                    for (int i = 0; i < 100_000 && window.model().isPlaying(); i++) {
                        window.player().frame(20_000_000L);
                    }
                    window.presenterControls().pick(2);
                    window.player().refresh();
                });
                shot(robot, "presenter-" + lesson + "-question", locale, kind);
                robot.interact(() -> window.presenterControls().enter());
                robot.interact(() -> {
                    window.presenterControls().setPointer(true);
                    ((PointerDot) window.stageArea().lookup("#pointer")).moveTo(260, 180);
                });
                shot(robot, "presenter-" + lesson + "-revealed", locale, kind);
                robot.interact(() -> {
                    window.presenterControls().setPointer(false);
                    window.presenterControls().enter();
                    for (int i = 0; i < 50; i++) {
                        window.player().frame(20_000_000L);
                    }
                    window.model().pause();
                    window.player().refresh();
                });
                shot(robot, "presenter-" + lesson + "-explained", locale, kind);
            }
        }
    }

    @Test
    void renderFocusRings(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.openFile(Path.of("simulations/gc-liveness-restart.yaml"));
            window.model().seek(window.model().durationProperty().get() / 3);
            window.player().frame(20_000_000L);
        });
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (Theme.Kind kind : Theme.Kind.values()) {
                robot.interact(() -> {
                    window.i18n().setLocale(locale);
                    window.theme().setKind(kind);
                    window.player().refresh();
                });
                for (String id : List.of("gallery", "narration", "world-tabs", "kube-events-table")) {
                    if (id.equals("kube-events-table")) {
                        robot.interact(() -> robot.lookup("#kube-tab-events").queryAs(ButtonBase.class).fire());
                    }
                    Node panel = robot.lookup("#" + id).query();
                    robot.interact(panel::requestFocus);
                    robot.type(KeyCode.DOWN);
                    robot.type(KeyCode.UP);
                    shot(robot, "focus-" + id, locale, kind);
                }
                robot.interact(() -> robot.lookup("#kube-tab-cluster").queryAs(ButtonBase.class).fire());
            }
        }
        robot.interact(() -> window.theme().setKind(Theme.Kind.LIGHT));
    }

    private void shot(FxRobot robot, String name, Locale locale, Theme.Kind kind) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        PngFiles.write(image[0], Path.of("target", name + "-" + locale.getLanguage() + "-"
                + kind.name().toLowerCase(Locale.ROOT) + ".png"));
    }
}
