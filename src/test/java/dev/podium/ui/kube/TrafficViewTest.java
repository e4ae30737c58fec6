package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.Timeline;
import dev.podium.ui.kube.traffic.TrafficPane;
import dev.podium.ui.world.Inspection;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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
}
