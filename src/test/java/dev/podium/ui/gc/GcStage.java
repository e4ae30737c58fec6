package dev.podium.ui.gc;

import dev.podium.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

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

    /**
     * Opens {@code simulations/<lesson>.yaml} in {@code window} and returns its GC view; a lesson of two worlds
     * (gc-liveness-restart) shows each on its own tab, and the GC one is brought to the front.
     */
    static GcView openLesson(FxRobot robot, MainWindow window, String lesson) {
        robot.interact(() -> window.openFile(Path.of("simulations/" + lesson + ".yaml")));
        robot.lookup("#world-tabs").tryQueryAs(TabPane.class).ifPresent(tabs -> robot.interact(() ->
                tabs.getSelectionModel().select(tabs.getTabs().stream()
                        .filter(t -> t.getId().equals("world-tab-gc")).findFirst().orElseThrow())));
        return (GcView) window.player().worldsProperty().get().stream()
                .map(e -> e.view()).filter(GcView.class::isInstance).findFirst().orElseThrow();
    }

    /** Seeks {@code window} to {@code at} (or the run's end), then lays out the scene and renders {@code view}. */
    static void seek(FxRobot robot, MainWindow window, GcView view, long at) {
        robot.interact(() -> { // back to the start when an earlier look left the playhead later
            window.model().seek(at);
            window.player().frame(0);
        });
        for (int i = 0; i < 200 && window.model().playheadNanos() < at
                && window.model().playheadNanos() < window.model().durationProperty().get(); i++) {
            robot.interact(() -> {
                window.model().seek(at);
                window.player().frame(0);
            });
        }
        robot.interact(() -> view.render(window.model().playheadNanos()));
        // a render may have asked the canvas for more height: lay the scene out, then draw the frame it shows
        robot.interact(() -> {
            view.node().getScene().getRoot().applyCss();
            view.node().getScene().getRoot().layout();
            view.render(window.model().playheadNanos());
        });
    }

    /** The words the last render drew on the canvas. */
    static List<String> drawn(GcView view) {
        return view.drawnText().stream().map(GcText.Drawn::text).toList();
    }
}
