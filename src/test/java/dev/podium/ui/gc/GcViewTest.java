package dev.podium.ui.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.world.Inspection;
import dev.podium.world.gc.GcPauseEnded;
import dev.podium.world.gc.PauseKind;
import dev.podium.world.gc.RegionKind;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The GC view on the lesson's run: the numbers, picking a region and a pause, a theme switch. */
@ExtendWith(ApplicationExtension.class)
class GcViewTest {
    private static final long S = 1_000_000_000L;

    static {
        GcStage.headlessUnlessAsked();
    }

    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private GcView view;
    private ScenarioRun run;

    @BeforeEach
    void inEnglish() {
        Locale.setDefault(Locale.Category.DISPLAY, Locale.ENGLISH); // the labels read as the view's bundle says
    }

    @AfterEach
    void restoreLanguage() {
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @Start
    void start(Stage stage) throws Exception {
        run = ScenarioRun.start(ScenarioLoader.loadBuiltIn("gc-allocation-burst.yaml"));
        run.advanceTo(90 * S, Long.MAX_VALUE);
        view = new GcView();
        view.bind(run.timeline());
        GcStage.show(stage, view);
    }

    private GcPauseEnded firstFull() {
        return run.timeline().events().stream().filter(GcPauseEnded.class::isInstance).map(GcPauseEnded.class::cast)
                .filter(p -> p.kind() == PauseKind.FULL).findFirst().orElseThrow();
    }

    @Test
    void duringAFullGcTheHeaderSaysStoppedAndTheGridShowsOld(FxRobot robot) {
        GcPauseEnded full = firstFull();
        long during = full.timeNanos() - full.durationNanos() / 2;
        robot.interact(() -> view.render(during));

        assertEquals("STOPPED", label(robot, "#gc-stat-phase").getText());
        assertTrue(Integer.parseInt(label(robot, "#gc-stat-waiting").getText()) > 100, "requests queue up");
        GcLayout.Rect first = view.layout().cellOf(0);
        Inspection region = onFx(() -> pickOnCanvas(first.x() + 2, first.y() + 2));
        assertEquals("Region 0", region.title());
        assertEquals("old", field(region, "kind"), "old gathers at the bottom of the heap, drawn at the top");
    }

    @Test
    void aPauseBarIsPickableAndNamesThePauseAsTheJvmLogsIt(FxRobot robot) {
        robot.interact(() -> view.render(85 * S));
        GcPauseEnded first = firstFull();
        PausePainter.Bar fullBar = view.bars().stream()
                .filter(b -> b.rect().x() <= view.layout().pausePlot().x() + view.layout().pausePlot().w()
                        * (first.timeNanos() - first.durationNanos()) / 90e9 + 2)
                .reduce((a, b) -> b).orElseThrow();
        Inspection full = onFx(() -> pickOnCanvas(fullBar.rect().x() + fullBar.rect().w() / 2,
                fullBar.rect().bottom() - 2));
        assertEquals("GC(" + first.gcId() + ") Pause Full", full.title());
        assertEquals("G1 Compaction Pause", field(full, "cause"));
        assertTrue(field(full, "duration").endsWith(" s"), field(full, "duration"));
        assertNotNull(label(robot, "#gc-stat-pauses").getText());
        GcLayout.Rect latency = view.layout().latencyPlot();
        Inspection moment = onFx(() -> pickOnCanvas(latency.x() + latency.w() / 2, latency.y() + 10));
        assertTrue(moment.title().startsWith("Latency at t = "), moment.title());
        assertNull(onFx(() -> pickOnCanvas(2, view.layout().pauseTitleY() + 4)), "a title is not a thing");
    }

    @Test
    void seekingBackShowsTheEarlierHeap(FxRobot robot) {
        robot.interact(() -> view.render(85 * S));
        String later = label(robot, "#gc-stat-pauses").getText();
        robot.interact(() -> view.render(10 * S));
        String earlier = label(robot, "#gc-stat-pauses").getText();
        assertTrue(Integer.parseInt(earlier) < Integer.parseInt(later), earlier + " then " + later);
        assertEquals("young only", label(robot, "#gc-stat-phase").getText());
    }

    @Test
    void theDarkThemeRecoloursTheCanvasThroughTheWorldsOwnTokens(FxRobot robot) {
        robot.interact(() -> view.render(30 * S));
        assertEquals(Color.web("#2F7FCB"), view.palette().region(RegionKind.EDEN));
        Color lightFull = view.palette().pause(PauseKind.FULL);
        robot.interact(() -> {
            view.node().getScene().getRoot().getStyleClass().add(PodiumStyles.THEME_DARK);
            view.render(30 * S);
        });
        assertEquals(Color.web("#56B4E9"), view.palette().region(RegionKind.EDEN));
        assertNotEquals(lightFull, view.palette().pause(PauseKind.FULL));
    }

    @Test
    void duringTheFullGcTheHistogramCountsTheQueueAndMarksOrderedPercentiles(FxRobot robot) {
        GcPauseEnded full = firstFull();
        long during = full.timeNanos() - full.durationNanos() / 2;
        robot.interact(() -> {
            view.showTab(2);
            view.render(during);
        });
        int waiting = Integer.parseInt(label(robot, "#gc-stat-waiting").getText());
        assertTrue(waiting > 100, "requests queue up: " + waiting);
        assertTrue(drawn().contains(waiting + " still queued"), drawn().toString());
        long[] marks = view.histogram().marks();
        assertTrue(view.histogram().total() > 0);
        assertTrue(marks[0] > 0 && marks[0] <= marks[1] && marks[1] <= marks[2], java.util.Arrays.toString(marks));
        assertTrue(drawn().stream().anyMatch(t -> t.startsWith("p99.9 ")), drawn().toString());
        assertNull(onFx(() -> pickOnCanvas(view.layout().latencyPlot().x() + 5, view.layout().latencyPlot().y() + 5)),
                "the histogram tab has no latency-over-time points to pick");
    }

    @Test
    void theTrendsTabDrawsTheHeapOverTimeWithTheThresholdAndTheAllocationRate(FxRobot robot) {
        robot.interact(() -> {
            view.showTab(1);
            view.render(60 * S);
        });
        assertTrue(drawn().contains("Heap over time"), drawn().toString());
        assertTrue(drawn().contains("IHOP 45 %"), drawn().toString());
        assertTrue(drawn().stream().anyMatch(t -> t.startsWith("allocating ") && t.endsWith("/s")),
                drawn().toString());
        assertTrue(view.bars().size() > 10, "the pause timeline is drawn under it");
        assertEquals(-1, view.layout().regionAt(view.layout().cellOf(0).x() + 1, view.layout().cellOf(0).y() + 1));
        robot.interact(() -> view.showTab(0));
    }

    @Test
    void theHeaderGivesGcCpuShareAndThroughput(FxRobot robot) {
        robot.interact(() -> view.render(60 * S));
        String cpu = label(robot, "#gc-stat-gc-cpu").getText();
        assertTrue(cpu.endsWith(" %") && Double.parseDouble(cpu.replace(" %", "")) > 0, cpu);
        double served = Double.parseDouble(label(robot, "#gc-stat-throughput").getText());
        assertTrue(served > 100, "requests/s: " + served);
    }

    private java.util.List<String> drawn() {
        return GcStage.drawn(view);
    }

    private Inspection pickOnCanvas(double x, double y) {
        Point2D inNode = view.node().sceneToLocal(view.canvasPane().localToScene(x, y));
        return view.pick(inNode.getX(), inNode.getY());
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
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
