package dev.podium.ui.goruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Go view in a scene with Podium's token sheets but no AtlantaFX theme (a benchmark, a view test): its colours
 * resolve from the tokens without JavaFX logging "ClassCastException ... converting -fx-background-color" for an
 * AtlantaFX fallback token it looked up although the Podium token was there.
 */
@ExtendWith(ApplicationExtension.class)
class GoPaletteCssTest {
    static {
        if (Boolean.parseBoolean(System.getProperty("testfx.headless", "true"))) {
            System.setProperty("testfx.headless", "true");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }

    private Pane host;

    @Start
    void start(Stage stage) {
        host = new Pane();
        Scene scene = new Scene(host, 600, 570);
        scene.getStylesheets().add(getClass().getResource("/dev/podium/ui/tokens.css").toExternalForm());
        scene.getStylesheets().add(getClass().getResource("/dev/podium/ui/goruntime/goruntime.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void tokensResolveWithoutCssWarnings(FxRobot robot) {
        List<String> warnings = new ArrayList<>();
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(r.getLoggerName() + ": " + r.getMessage() + " " + r.getThrown());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(catcher);
        GoView view = new GoView();
        Color[] bg = new Color[1];
        try {
            robot.interact(() -> {
                Parent node = (Parent) view.node();
                host.getChildren().setAll(node);
                node.applyCss();
                view.render(0);
                bg[0] = view.palette().stageBg();
            });
        } finally {
            root.removeHandler(catcher);
        }
        assertEquals(Color.web("#FFFFFF"), bg[0], "the stage colour comes from -pd-stage-bg");
        assertTrue(warnings.stream().noneMatch(w -> w.contains("background-color") || w.contains("ClassCast")),
                "CSS warnings: " + warnings);
    }
}
