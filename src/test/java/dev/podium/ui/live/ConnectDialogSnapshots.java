package dev.podium.ui.live;

import dev.podium.live.connection.ConnectionResult;
import dev.podium.live.connection.ConnectionStatus;
import dev.podium.ui.PngFiles;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.podium.ui.common.I18n;
import dev.podium.ui.common.Theme;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
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
 * Not a test: renders the Connect dialog (lab context selected, so the TLS warning shows, and a failed test result)
 * in light and dark, English and Chinese, to {@code target/connect-*.png} for a person to look at. Runs only with
 * {@code mvn -o test -Dtest=ConnectDialogSnapshots -Dpodium.snapshots=true}.
 */
@EnabledIfSystemProperty(named = "podium.snapshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ConnectDialogSnapshots {
    private final Preferences node = Preferences.userRoot().node("dev/podium/test/connect-" + UUID.randomUUID());
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage primary) {
        stage = primary;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        node.removeNode();
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @Test
    void renderAll(FxRobot robot) throws Exception {
        for (Locale locale : I18n.LANGUAGES) {
            for (Theme.Kind kind : Theme.Kind.values()) {
                render(robot, locale, kind);
            }
        }
    }

    private void render(FxRobot robot, Locale locale, Theme.Kind kind) throws Exception {
        WritableImage[] image = new WritableImage[1];
        ConnectDialog[] dialog = new ConnectDialog[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(kind == Theme.Kind.DARK ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            Theme theme = new Theme();
            theme.setKind(kind);
            ConnectModel model;
            try {
                model = new ConnectModel(Kubeconfigs.twoFiles(dir), new LastConnection(node),
                        (f, context, timeout) -> new ConnectionResult(ConnectionStatus.UNREACHABLE,
                                "cannot reach https://10.0.0.5:6443: Connection refused", "", Duration.ZERO),
                        Runnable::run, Runnable::run, Duration.ofSeconds(10));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            model.select("lab");
            model.testConnection();
            dialog[0] = new ConnectDialog(stage, new I18n(locale), theme, model);
            dialog[0].dialog().show();
        });
        robot.interact(() -> image[0] = dialog[0].dialog().getDialogPane().snapshot(null, null));
        robot.interact(() -> dialog[0].dialog().close());
        String name = "connect-" + kind.name().toLowerCase(Locale.ROOT) + "-" + locale.toLanguageTag() + ".png";
        PngFiles.write(image[0], Path.of("target", name));
    }
}
