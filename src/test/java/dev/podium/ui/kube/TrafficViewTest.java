package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.Timeline;
import dev.podium.ui.kube.flow.FlowPane;
import dev.podium.ui.kube.traffic.TrafficPane;
import dev.podium.ui.world.Inspection;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The traffic tab and the API clients tab, each opened first by a lesson that has them. */
@ExtendWith(ApplicationExtension.class)
class TrafficViewTest {
    private static final long S = 1_000_000_000L;

    static {
        if (Boolean.parseBoolean(System.getProperty("testfx.headless", "true"))) {
            System.setProperty("testfx.headless", "true");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }

    private static Timeline timeline;
    private KubeView view;

    @Start
    void start(Stage stage) throws Exception {
        if (timeline == null) {
            timeline = KubeScenarios.lesson("rolling-update-502s.yaml");
        }
        view = new KubeView();
        view.bind(timeline);
        stage.setScene(new Scene((Parent) view.node(), 1280, 800));
        stage.show();
    }

    @Test
    void aScenarioWithTrafficOpensOnTheTrafficTabAndInspectsItsService(FxRobot robot) {
        robot.interact(() -> view.render(45 * S));
        robot.interact(() -> view.render(45 * S));
        assertEquals(3, view.tab());
        TrafficPane pane = (TrafficPane) robot.lookup("#" + TrafficPane.ID).query();
        // The Service box is the third column; find it by picking along its row.
        Inspection found = null;
        Bounds b = pane.localToScene(pane.getBoundsInLocal());
        for (double x = b.getMinX(); x < b.getMaxX() && found == null; x += 10) {
            Inspection i = view.pick(x - ((Parent) view.node()).localToScene(0, 0).getX(), b.getMinY() + 60
                    - ((Parent) view.node()).localToScene(0, 0).getY());
            if (i != null && i.title().startsWith("Service")) {
                found = i;
            }
        }
        assertNotNull(found, "a Service box in the top row");
        assertEquals("Service web", found.title());
        assertTrue(found.fields().stream().anyMatch(f -> f.getKey().equals("EndpointSlice")));
        assertTrue(found.fields().stream().anyMatch(f -> f.getKey().startsWith("rules on node-")));
    }

    @Test
    void aClientSideScenarioOpensOnTheApiTabAndDrawsIt(FxRobot robot) throws Exception {
        Timeline flood = KubeScenarios.lesson("client-side-throttling-qps50.yaml");
        robot.interact(() -> view.bind(flood));
        robot.interact(() -> view.render(30 * S));
        robot.interact(() -> view.render(30 * S));
        assertEquals(4, view.tab());
        FlowPane pane = (FlowPane) robot.lookup("#" + FlowPane.ID).query();
        Node tabPane = robot.lookup("#" + FlowPane.ID + "-scroll").query();
        assertTrue(tabPane.isVisible());
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = pane.canvas().snapshot(null, null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        int first = shot[0].getPixelReader().getArgb(w / 2, h / 2);
        boolean differs = false;
        for (int y = 0; y < h && !differs; y += 7) {
            for (int x = 0; x < w && !differs; x += 7) {
                differs = shot[0].getPixelReader().getArgb(x, y) != first;
            }
        }
        assertTrue(differs, "the API tab draws something");
        robot.interact(() -> view.node().requestFocus());
        robot.type(KeyCode.DIGIT1);
        assertEquals(0, view.tab());
        assertFalse(tabPane.isVisible());
        robot.type(KeyCode.DIGIT5);
        assertEquals(4, view.tab());
    }

    /**
     * The stage of a 1280×720 window beside the gallery and the narration (about 590×500): the API tab stacks the
     * clients above the server, and the client-go log must sit below them, never drawn over the server's box; the
     * tab scrolls instead.
     */
    @Test
    void onASmallStageTheApiTabScrollsRatherThanDrawTheLogOverTheBoxes(FxRobot robot) throws Exception {
        Timeline throttled = KubeScenarios.lesson("client-side-throttling.yaml");
        robot.interact(() -> {
            view.bind(throttled);
            Stage stage = (Stage) view.node().getScene().getWindow();
            stage.setWidth(590);
            stage.setHeight(540);
        });
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> {
                view.render(14 * S);
                Parent root = view.node().getScene().getRoot();
                root.applyCss();
                root.layout();
            });
        }
        assertEquals(4, view.tab());
        FlowPane pane = (FlowPane) robot.lookup("#" + FlowPane.ID).query();
        ScrollPane scroll = robot.lookup("#" + FlowPane.ID + "-scroll").query();
        assertTrue(scroll.getViewportBounds().getHeight() < pane.getHeight(),
                "the boxes and the log are taller than the stage: " + scroll.getViewportBounds() + " vs "
                        + pane.getHeight());
        assertTrue(pane.bodyBottom() <= pane.logTop(),
                "the log (top " + pane.logTop() + ") below the boxes (bottom " + pane.bodyBottom() + ")");
        assertTrue(pane.logTop() + 100 <= pane.getHeight(), "the log has its height");
    }
}
