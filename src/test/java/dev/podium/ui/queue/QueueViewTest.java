package dev.podium.ui.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.ProjectedState;
import dev.podium.ui.queue.QueueLayout.Point;
import dev.podium.ui.world.Inspection;
import dev.podium.world.queue.QueueProjection;
import dev.podium.world.queue.QueueState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class QueueViewTest {
    private static final long S = QueueScenarios.SECOND;

    static {
        // Monocle headless unless -Dheadless=false; set before the toolkit starts.
        if (Boolean.parseBoolean(System.getProperty("testfx.headless", "true"))) {
            System.setProperty("testfx.headless", "true");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }

    private QueueView view;
    private ScenarioRun run;
    private ProjectedState<QueueState> truth;

    @Start
    void start(Stage stage) throws Exception {
        run = QueueScenarios.run(0.9, 1.0, 2, 200, 42, List.of());
        run.advanceTo(150 * S, Long.MAX_VALUE);
        truth = new ProjectedState<>(run.timeline(), new QueueProjection());
        view = new QueueView();
        view.bind(run.timeline());
        stage.setScene(new Scene((Parent) view.node(), 1280, 800));
        stage.show();
    }

    @Test
    void pickOnABusyServerBoxNamesTheCustomerInService(FxRobot robot) {
        long t = firstTime(s -> s.atServer(0) != null && s.waitingCount() >= 2, 2 * S);
        QueueState expected = truth.at(t);
        long customer = expected.atServer(0).customer();
        int waiting = expected.waitingCount();
        robot.interact(() -> view.render(t));

        QueueLayout.Box box = view.layout().server(0);
        Inspection server = onFx(() -> pickOnStage(box.x() + box.w() - 10, box.y() + 10));
        assertNotNull(server);
        assertEquals("Server 1", server.title());
        assertEquals(Map.entry("customer", Long.toString(customer)), server.fields().get(2));
        assertEquals("busy", field(server, "state"));

        Point seat = view.layout().seat(0);
        Inspection seated = onFx(() -> pickOnStage(seat.x(), seat.y()));
        assertEquals("Customer " + customer, seated.title());
        assertEquals("in service", field(seated, "state"));

        Label waitingLabel = robot.lookup("#queue-stat-waiting").queryAs(Label.class);
        assertEquals(Integer.toString(waiting), waitingLabel.getText());
    }

    @Test
    void headOfTheLineIsPickableAndSeekingBackShowsTheEarlierState(FxRobot robot) {
        long late = firstTime(s -> s.waitingCount() >= 3, 100 * S);
        long head = truth.at(late).waiting().get(0).customer();
        // firstTime picks a moment with no arrival or departure in the last half second, so the line is still.
        robot.interact(() -> view.render(late));
        Point slot = view.layout().slot(0);
        Inspection first = onFx(() -> pickOnStage(slot.x(), slot.y()));
        assertEquals("Customer " + head, first.title());
        assertEquals("waiting", field(first, "state"));
        assertEquals("1", field(first, "position"));

        long early = 10 * S;
        String waitingEarly = Integer.toString(truth.at(early).waitingCount());
        String servedEarly = Long.toString(truth.at(early).servedCount());
        robot.interact(() -> view.render(early));
        assertEquals(waitingEarly, robot.lookup("#queue-stat-waiting").queryAs(Label.class).getText());
        assertEquals(servedEarly, robot.lookup("#queue-stat-served").queryAs(Label.class).getText());
        assertNull(onFx(() -> pickOnStage(2, 2)), "empty corner of the stage");
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void themeSwitchOnTheRootRecoloursTheCanvas(FxRobot robot) {
        Scene scene = view.node().getScene();
        robot.interact(() -> {
            scene.getStylesheets().add(getClass().getResource("test-tokens.css").toExternalForm());
            view.render(30 * S);
        });
        assertEquals(Color.web("#2563eb"), view.palette().waiting);
        assertEquals(Color.web("#fdfdfb"), view.palette().stageBg());
        robot.interact(() -> {
            scene.getRoot().getStyleClass().add("dark");
            view.render(30 * S);
        });
        assertEquals(Color.web("#60a5fa"), view.palette().waiting);
        assertEquals(Color.web("#14161a"), view.palette().stageBg());
        assertEquals(Color.web("#60a5fa"), robot.lookup("#queue-stat-waiting").queryAs(Label.class).getTextFill());
    }

    /** Picks at a point given in stage-canvas pixels, converted to the view node's coordinates as the shell would. */
    private Inspection pickOnStage(double x, double y) {
        Point2D inNode = view.node().sceneToLocal(view.stagePane().localToScene(x, y));
        return view.pick(inNode.getX(), inNode.getY());
    }

    /** The first whole-second time from {@code from} at which the queue (settled for a second) matches. */
    private long firstTime(Predicate<QueueState> wanted, long from) {
        for (long t = from; t < 150 * S; t += S / 2) {
            QueueState before = truth.at(t - S / 2);
            boolean settledSinceBefore = before.servedCount() == truth.at(t).servedCount()
                    && before.arrivedCount() == truth.at(t).arrivedCount();
            if (settledSinceBefore && wanted.test(truth.at(t))) {
                return t;
            }
        }
        throw new AssertionError("no such moment in the run");
    }

    private static String field(Inspection inspection, String name) {
        return inspection.fields().stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
