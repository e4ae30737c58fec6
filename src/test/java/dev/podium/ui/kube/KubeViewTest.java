package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.Timeline;
import dev.podium.ui.world.Inspection;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class KubeViewTest {
    private static final long S = KubeScenarios.S;

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
    void start(Stage stage) {
        if (timeline == null) {
            timeline = KubeScenarios.classroom(70);
        }
        view = new KubeView();
        view.bind(timeline);
        stage.setScene(new Scene((Parent) view.node(), 1280, 800));
        stage.show();
    }

    /**
     * Found by the live stall benchmark: a cluster grid that changed size by a few pixels kept its tile count but
     * not its edge tiles' sizes, and the next upload read past the picture.
     */
    @Test
    void theClusterGridSurvivesSmallSizeChanges(FxRobot robot) {
        KubeView dense = new KubeView();
        dense.bind(KubeScenarios.dense(20, 250, 30));
        javafx.scene.layout.Region region = (javafx.scene.layout.Region) dense.node();
        robot.interact(() -> ((Stage) ((Parent) view.node()).getScene().getWindow()).getScene().setRoot(region));
        for (int dw = 0; dw < 40; dw += 3) {
            int w = dw;
            robot.interact(() -> {
                region.resize(1280 - w, 800 - w / 2.0);
                region.layout();
                dense.render(20 * S);
            });
        }
        assertEquals(20, dense.clusterPane().clusterLayout().nodes);
    }

    @Test
    void aBackwardSeekShowsTheClusterAFoldFromTheStartShows(FxRobot robot) {
        // Dense enough for several placement checkpoints (one every KubeView.PLACEMENT_CHECKPOINT_INTERVAL events).
        Timeline dense = KubeScenarios.dense(60, 250, 30);
        assertTrue(dense.countAtOrBefore(29 * S) > 3 * KubeView.PLACEMENT_CHECKPOINT_INTERVAL, "dense enough");
        KubeView seeking = new KubeView();
        seeking.bind(dense);
        robot.interact(() -> {
            seeking.render(29 * S);
            seeking.render(12 * S);
        });
        assertTrue(seeking.placement().checkpointCount() > 2, "the seek went back over checkpoints");
        ClusterModel fresh = new ClusterModel();
        for (int i = 0; i < dense.countAtOrBefore(12 * S); i++) {
            fresh.accept(dense.get(i));
        }
        assertEquals(ClusterDump.of(fresh), ClusterDump.of(seeking.model()));
    }

    @Test
    void pickOnANodeBoxReturnsThatNodeAndOnAChipItsPod(FxRobot robot) {
        robot.interact(() -> view.render(65 * S));
        ClusterLayout l = view.clusterPane().clusterLayout();
        NodeTable nodes = view.model().nodes();
        int rank = 2;
        String name = nodes.name(nodes.atRank(rank));
        assertEquals("node-3", name);
        Inspection node = onFx(() -> pickInCluster(l.boxX(rank) + l.boxW - 6, l.boxY(rank) + l.boxH - 6));
        assertNotNull(node);
        assertEquals("Node node-3", node.title());
        assertEquals("Unknown", field(node, "status.conditions.Ready"), "node-3's kubelet stopped at 10 s");

        int id = nodes.atRank(0);
        String pod = view.model().key(nodes.pods(id)[0]);
        Inspection chip = onFx(() -> pickInCluster(l.podX(0, 0) + l.cell / 2, l.podY(0, 0) + l.cell / 2));
        assertEquals("Pod " + pod.substring(pod.indexOf('/') + 1), chip.title());
        assertEquals("node-1", field(chip, "spec.nodeName"));
    }

    @Test
    void keysOneTwoThreeAndTheButtonsSwitchTabs(FxRobot robot) {
        robot.interact(() -> view.render(66 * S));
        robot.clickOn("#" + KubeView.TAB_IDS[1]);
        assertEquals(1, view.tab());
        assertTrue(view.reconcilePane().isVisible());
        robot.interact(() -> view.node().requestFocus());
        robot.type(KeyCode.DIGIT3);
        assertEquals(2, view.tab());
        assertTrue(view.eventsPane().isVisible());
        robot.interact(() -> view.render(66 * S));
        assertTrue(view.eventsPane().table().getItems().size() > 10, "kubectl get events lines");
        assertEquals("Warning", view.eventsPane().table().getItems().stream()
                .filter(e -> e.reason().equals("NodeNotReady")).findFirst().orElseThrow().type());
        robot.type(KeyCode.DIGIT1);
        assertEquals(0, view.tab());
        assertTrue(view.clusterPane().isVisible());
    }

    @Test
    void reconcileTabPicksTheControllersWorkqueue(FxRobot robot) {
        robot.interact(() -> {
            view.showTab(1);
            view.render(66 * S);
        });
        Inspection q = onFx(() -> view.pick(200, 300));
        assertNotNull(q);
        assertEquals("Workqueue replicaset", q.title());
        assertEquals("5", field(q, "workers"));
    }

    private Inspection pickInCluster(double x, double y) {
        Point2D inNode = view.node().sceneToLocal(view.clusterPane().localToScene(x, y));
        return view.pick(inNode.getX(), inNode.getY());
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String field(Inspection inspection, String name) {
        return inspection.fields().stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
