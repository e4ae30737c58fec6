package dev.podium.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.podium.ui.PngFiles;
import dev.podium.ui.common.I18n;
import dev.podium.ui.common.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Not a test: renders the window with a lesson saved broken (the problems panel, one problem copied) and the New
 * Lesson dialog, in light and dark, English and Chinese, to {@code target/authoring-*.png} for a person to look at.
 * Runs only with {@code mvn -o test -Dtest=LessonAuthoringSnapshots -Dpodium.snapshots=true}.
 */
@EnabledIfSystemProperty(named = "podium.snapshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class LessonAuthoringSnapshots {
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/authoring-" + UUID.randomUUID());
    private MainWindow window;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage primary) {
        stage = primary;
        window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
        window.show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void removePrefs(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> window.lessons().stop());
        prefs.removeNode();
    }

    @Test
    void renderAll(FxRobot robot) throws Exception {
        Path file = dir.resolve("my-queue-lesson.yaml");
        robot.interact(() -> window.newLesson().create(
                dev.podium.scenario.WorldRegistry.standard().get("queue"), file));
        String broken = Files.readString(file).replace("duration: 5m", "duraton: 5m")
                .replace("servers: 1", "servers: -1");
        Files.writeString(file, broken);
        robot.interact(() -> {
            window.model().seek(90_000_000_000L);
            window.player().frame(0);
            window.lessons().reload();
            window.problemsPanel().copier(text -> { });
            window.problemsPanel().copy(window.problemsPanel().problems().get(0));
        });
        for (Locale locale : I18n.LANGUAGES) {
            for (Theme.Kind kind : Theme.Kind.values()) {
                render(robot, locale, kind);
            }
        }
    }

    private void render(FxRobot robot, Locale locale, Theme.Kind kind) throws Exception {
        WritableImage[] shots = new WritableImage[2];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(kind == Theme.Kind.DARK ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            window.theme().setKind(kind);
            window.i18n().setLocale(locale);
        });
        robot.interact(() -> window.player().refresh());
        robot.interact(() -> shots[0] = stage.getScene().getRoot().snapshot(null, null));
        NewLessonDialog[] dialog = new NewLessonDialog[1];
        robot.interact(() -> {
            dialog[0] = window.newLesson().dialog(stage);
            dialog[0].show();
        });
        robot.interact(() -> shots[1] = dialog[0].getDialogPane().snapshot(null, null));
        robot.interact(() -> dialog[0].close());
        String suffix = kind.name().toLowerCase(Locale.ROOT) + "-" + locale.toLanguageTag() + ".png";
        PngFiles.write(shots[0], Path.of("target", "authoring-problems-" + suffix));
        PngFiles.write(shots[1], Path.of("target", "authoring-new-lesson-" + suffix));
    }
}
