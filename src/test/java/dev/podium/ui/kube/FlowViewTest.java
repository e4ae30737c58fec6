package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.Timeline;
import dev.podium.ui.kube.flow.FlowPane;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FlowViewTest {
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
            timeline = KubeScenarios.lesson("client-side-throttling-qps50.yaml");
        }
        view = new KubeView();
        view.bind(timeline);
        stage.setScene(new Scene((Parent) view.node(), 1280, 800));
        stage.show();
    }

    @Test
    void aClientSideScenarioOpensOnTheApiTabAndDrawsIt(FxRobot robot) {
        robot.interact(() -> view.render(30 * S));
        robot.interact(() -> view.render(30 * S));
        assertEquals(4, view.tab());
        FlowPane pane = (FlowPane) robot.lookup("#" + FlowPane.ID).query();
        assertTrue(pane.isVisible());
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
        assertFalse(pane.isVisible());
        robot.type(KeyCode.DIGIT5);
        assertEquals(4, view.tab());
    }
}
