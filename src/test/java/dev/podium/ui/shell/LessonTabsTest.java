package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.SmallWindow;
import dev.podium.ui.world.WorldView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Tabs at 1280×720: a lesson of two worlds gives each world the whole stage on its own tab (stacked, the lower one
 * had no room), remembered per lesson; the Kubernetes view offers its traffic and API clients tabs only in lessons
 * that have them, and a reload keeps the tab the teacher is on.
 */
@ExtendWith(ApplicationExtension.class)
class LessonTabsTest {
    private static final long SECOND = 1_000_000_000L;
    private final SmallWindow small = new SmallWindow("tabs");
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = small.open(stage);
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> window.lessons().stop());
        small.close();
    }

    private void open(FxRobot robot, Path lesson, long seconds) {
        robot.interact(() -> {
            assertTrue(window.openFile(lesson));
            window.model().seek(seconds * SECOND);
            window.player().frame(0);
        });
        robot.interact(() -> window.player().frame(0));
    }

    private WorldView view(String world) {
        return window.player().worldsProperty().get().stream().filter(e -> e.world().equals(world)).findFirst()
                .orElseThrow().view();
    }

    private TabPane worldTabs(FxRobot robot) {
        return robot.lookup("#" + WorldTabs.ID).queryAs(TabPane.class);
    }

    @Test
    void eachWorldOfAMixedLessonHasTheWholeStageOnItsOwnTab(FxRobot robot) {
        open(robot, Path.of("simulations/gc-liveness-restart.yaml"), 70);
        TabPane tabs = worldTabs(robot);
        assertEquals(List.of("world-tab-kube", "world-tab-gc"), tabs.getTabs().stream().map(Tab::getId).toList());
        assertEquals(List.of("Kubernetes cluster", "GC service"), tabs.getTabs().stream().map(Tab::getText).toList());
        Bounds stage = window.stageArea().localToScene(window.stageArea().getLayoutBounds());
        for (int i = 0; i < 2; i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            robot.interact(() -> window.player().frame(0));
            WorldView front = view(index == 0 ? "kube" : "gc");
            assertEquals(List.of(front), window.stageArea().shownViews());
            Node node = front.node();
            assertTrue(node.isVisible() && node.getParent() != null, "the world in front is shown");
            Bounds b = node.localToScene(node.getLayoutBounds());
            assertTrue(b.getMinY() >= stage.getMinY() - 0.5 && b.getMaxY() <= stage.getMaxY() + 0.5
                    && b.getMinX() >= stage.getMinX() - 0.5 && b.getMaxX() <= stage.getMaxX() + 0.5,
                    "tab " + index + "'s view " + b + " lies within the stage " + stage);
            assertTrue(b.getHeight() >= stage.getHeight() - 60, "tab " + index + "'s view has the stage's height "
                    + "but for the tab headers: " + b.getHeight() + " of " + stage.getHeight());
        }
        robot.interact(() -> window.i18n().setLocale(java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("Kubernetes 集群", "GC 服务"), tabs.getTabs().stream().map(Tab::getText).toList());
    }

    @Test
    void theWorldChosenForALessonComesBackWithIt(FxRobot robot) {
        Path mixed = Path.of("simulations/gc-liveness-restart.yaml");
        open(robot, mixed, 5);
        assertEquals(0, worldTabs(robot).getSelectionModel().getSelectedIndex(), "a lesson opens on its first world");
        robot.interact(() -> worldTabs(robot).getSelectionModel().select(1));
        open(robot, Path.of("simulations/deployment-self-healing.yaml"), 5);
        assertTrue(robot.lookup("#" + WorldTabs.ID).tryQuery().isEmpty(), "one world: no tabs");
        open(robot, mixed, 5);
        assertEquals(1, worldTabs(robot).getSelectionModel().getSelectedIndex(), "the GC tab chosen before");
        assertEquals(List.of(view("gc")), window.stageArea().shownViews());
    }

    @Test
    void kubeOffersTrafficAndApiTabsOnlyInLessonsThatHaveThem(FxRobot robot) {
        open(robot, Path.of("simulations/deployment-self-healing.yaml"), 30);
        assertOffered(robot, false, false);
        open(robot, Path.of("simulations/rolling-update-502s.yaml"), 1);
        assertOffered(robot, true, false);
        open(robot, Path.of("simulations/client-side-throttling-qps50.yaml"), 1);
        assertOffered(robot, false, true);
    }

    private void assertOffered(FxRobot robot, boolean traffic, boolean api) {
        assertEquals(traffic, button(robot, "#kube-tab-traffic").isVisible(), "traffic tab offered");
        assertEquals(api, button(robot, "#kube-tab-api").isVisible(), "API clients tab offered");
        assertTrue(button(robot, "#kube-tab-cluster").isVisible() && button(robot, "#kube-tab-events").isVisible());
    }

    private static ButtonBase button(FxRobot robot, String id) {
        ButtonBase b = robot.lookup(id).queryAs(ButtonBase.class);
        assertNotNull(b, id);
        return b;
    }

    @Test
    void aReloadKeepsTheKubeTabTheTeacherChoseAndAnotherLessonOpensOnItsTraffic(FxRobot robot) throws Exception {
        Path file = dir.resolve("traffic.yaml");
        Files.copy(Path.of("simulations/rolling-update-502s.yaml"), file);
        open(robot, file, 45);
        int traffic = 3;
        assertEquals(traffic, kubeTab(), "a lesson with traffic opens on the traffic tab");
        robot.interact(() -> button(robot, "#kube-tab-reconcile").fire());
        assertEquals(1, kubeTab());
        robot.interact(() -> window.lessons().reload());
        robot.interact(() -> window.player().frame(0));
        robot.interact(() -> window.player().frame(0));
        assertEquals(45 * SECOND, window.model().playheadNanos());
        assertEquals(1, kubeTab(), "the reload keeps the reconcile tab");
        robot.interact(() -> button(robot, "#kube-tab-traffic").fire());
        robot.interact(() -> window.lessons().reload());
        robot.interact(() -> window.player().frame(0));
        assertEquals(traffic, kubeTab(), "the reload keeps the traffic tab");
        assertTrue(button(robot, "#kube-tab-traffic").isVisible());
        open(robot, Path.of("simulations/service-ingress-routing.yaml"), 20);
        assertEquals(traffic, kubeTab(), "another lesson with traffic opens on its traffic tab");
        assertFalse(button(robot, "#kube-tab-api").isVisible());
    }

    private int kubeTab() {
        return ((dev.podium.ui.kube.KubeView) view("kube")).tab();
    }
}
