package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.ui.common.I18n;
import dev.podium.ui.common.Theme;
import dev.podium.ui.kube.KubeUi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Getting the Kubernetes view ready while a live session connects: the classes are linked off the FX thread, then
 * the view is built and styled a step at a time (steps driven here by hand, as the pulse would), and it ends built,
 * skinned and waiting backstage on the stage, laid out at the stage's size but not seen; showing it then moves no
 * node. Classes load before any FX step, and nothing is done for a view already built.
 */
@ExtendWith(ApplicationExtension.class)
class WorldPrepTest {
    private Scene scene;
    private StageArea stageArea;

    @Start
    void start(Stage stage) {
        stageArea = new StageArea(new I18n(Locale.ENGLISH), inspection -> { });
        scene = new Scene(stageArea, 900, 600);
        new Theme().attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theViewIsBuiltAndSkinnedAStepAtATimeAndLeftOffStage(FxRobot robot) {
        WorldViews views = WorldViews.of(List.of(new KubeUi()));
        List<Runnable> warming = new ArrayList<>();
        robot.interact(() -> {
            WorldPrep prep = new WorldPrep(views, scene, stageArea, List.of("kube", "no-such-world"));
            prep.startWarming(warming::add);
            assertTrue(prep.step(), "waits while the classes load");
            assertFalse(views.isBuilt("kube"), "nothing is built before the classes are linked");
            assertEquals(1, warming.size());
            warming.get(0).run(); // the warming thread's work, here on the FX thread

            int steps = 0;
            while (prep.step()) {
                steps++;
                assertTrue(steps < 50, "the steps end");
                scene.getRoot().applyCss(); // what the pulse after each step does
                scene.getRoot().layout();
            }
            assertTrue(steps >= 2, "built in one step, styled in others: " + steps);
        });
        robot.interact(() -> {
            assertTrue(views.isBuilt("kube"));
            Node node = views.forWorld("kube").view().node();
            assertEquals(List.of(node), stageArea.waiting(), "waits backstage");
            assertSame(scene, node.getScene(), "in the window's scene, so styled there");
            assertFalse(node.isVisible(), "not seen");
            assertFalse(node.isManaged(), "takes no room from the worlds on show");
            Bounds size = node.getLayoutBounds();
            assertTrue(size.getWidth() >= 890 && size.getHeight() >= 590, "laid out at the stage's size: " + size);
            List<Control> controls = new ArrayList<>();
            collect(node, controls);
            TableView<?> events = (TableView<?>) controls.stream().filter(c -> c instanceof TableView).findFirst()
                    .orElseThrow();
            assertNotNull(events.getSkin(), "styled once, so the events table made its skin");
            assertTrue(controls.stream().allMatch(c -> c.getSkin() != null), "every control has its skin");
        });
    }

    @Test
    void aViewAlreadyBuiltIsLeftAlone(FxRobot robot) {
        WorldViews views = WorldViews.of(List.of(new KubeUi()));
        robot.interact(() -> {
            Node node = views.forWorld("kube").view().node();
            WorldPrep prep = new WorldPrep(views, scene, stageArea, List.of("kube"));
            List<Runnable> warming = new ArrayList<>();
            prep.startWarming(warming::add);
            assertFalse(prep.step(), "nothing to do");
            assertNull(node.getScene());
            assertTrue(stageArea.waiting().isEmpty());
        });
    }

    @Test
    void showingAViewWaitingBackstageKeepsItsParentAndStyles(FxRobot robot) {
        WorldViews views = WorldViews.of(List.of(new KubeUi()));
        robot.interact(() -> {
            WorldViews.Entry kube = views.forWorld("kube");
            Node node = kube.view().node();
            assertTrue(stageArea.backstage(node));
            stageArea.fullSize(node);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            Parent box = node.getParent();
            assertFalse(node.isVisible());

            List<Node> restyled = new ArrayList<>();
            node.parentProperty().addListener((obs, old, now) -> restyled.add(node));
            stageArea.show(List.of(kube), List.of());
            assertSame(box, node.getParent(), "not moved, so not styled again");
            assertTrue(restyled.isEmpty());
            assertTrue(node.isVisible() && node.isManaged(), "seen and laid out by its box");
            assertTrue(stageArea.waiting().isEmpty());
            assertEquals(List.of(kube.view()), stageArea.shownViews());
        });
    }

    @Test
    void anotherPlaybackShownInsteadTakesTheWaitingViewOffTheStage(FxRobot robot) {
        WorldViews views = WorldViews.of(List.of(new KubeUi()));
        robot.interact(() -> {
            Node node = views.forWorld("kube").view().node();
            assertTrue(stageArea.backstage(node));
            assertFalse(stageArea.backstage(node), "once");
            stageArea.show(List.of(), List.of("gc"));
            assertNull(node.getParent(), "off the stage");
            assertTrue(node.isVisible() && node.isManaged(), "as it was before it waited");
            assertTrue(stageArea.waiting().isEmpty());
        });
    }

    @Test
    void warmingLinksJavaFxClassesBeyondTheWorldsOwn() {
        int own = ViewClassWarmer.classNames(KubeUi.class).size();
        assertTrue(ViewClassWarmer.warmDeep(new KubeUi()) > own, "the skins and their parts are reached too");
    }

    private static void collect(Node node, List<Control> out) {
        if (node instanceof Control c) {
            out.add(c);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }
}
