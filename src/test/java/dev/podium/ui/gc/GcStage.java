package dev.podium.ui.gc;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** What the GC view's TestFX tests share: the headless toolkit, a stage showing the view alone, the drawn words. */
final class GcStage {
    private GcStage() {
    }

    /** Monocle headless unless {@code -Dtestfx.headless=false}; call before the toolkit starts (a static block). */
    static void headlessUnlessAsked() {
        if (Boolean.parseBoolean(System.getProperty("testfx.headless", "true"))) {
            System.setProperty("testfx.headless", "true");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }

    /** Shows {@code view} alone on {@code stage}, 1280×800, with the app's tokens and the view's own style sheet. */
    static void show(Stage stage, GcView view) {
        Scene scene = new Scene((Parent) view.node(), 1280, 800);
        scene.getStylesheets().add(GcStage.class.getResource("/dev/podium/ui/tokens.css").toExternalForm());
        scene.getStylesheets().add(GcStage.class.getResource("/dev/podium/ui/gc/gc.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** The words the last render drew on the canvas. */
    static List<String> drawn(GcView view) {
        return view.drawnText().stream().map(GcText.Drawn::text).toList();
    }
}
