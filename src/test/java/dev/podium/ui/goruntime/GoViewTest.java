package dev.podium.ui.goruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.common.ThemePalette;
import dev.podium.ui.world.Inspection;
import dev.podium.world.goruntime.event.ChanClosed;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.GoroutineCreated;
import dev.podium.world.goruntime.event.ProgramExited;
import dev.podium.world.goruntime.event.SyncParked;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Go view on a real program (the worker pool: three workers, a buffered jobs channel, a WaitGroup and a
 * Mutex): what it shows at chosen instants of the run, the source gutter, the console, and the inspector.
 */
@ExtendWith(ApplicationExtension.class)
class GoViewTest {
    private static final Path PROGRAM = Path.of("src/test/resources/go/good/worker_pool.go");

    static {
        // Monocle headless unless -Dheadless=false; set before the toolkit starts.
        if (Boolean.parseBoolean(System.getProperty("testfx.headless", "true"))) {
            System.setProperty("testfx.headless", "true");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }

    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private GoView view;
    private ScenarioRun run;
    private List<String> source;

    @BeforeEach
    void inEnglish() {
        Locale.setDefault(Locale.Category.DISPLAY, Locale.ENGLISH);
    }

    @AfterEach
    void restoreLanguage() {
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @Start
    void start(Stage stage) throws Exception {
        source = Files.readAllLines(PROGRAM);
        run = ScenarioRun.start(ScenarioLoader.load(PROGRAM));
        run.runToEnd();
        view = new GoView();
        view.bind(run.timeline());
        Scene scene = new Scene((Parent) view.node(), 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/dev/podium/ui/tokens.css").toExternalForm());
        scene.getStylesheets().add(getClass().getResource("/dev/podium/ui/goruntime/goruntime.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private <T extends WorldEvent> T first(Class<T> type) {
        return run.timeline().events().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private int lineOf(String code) {
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).strip().equals(code)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + code);
    }

    @Test
    void whenMainWaitsOnTheWaitGroupItsLineIsMarkedAndTheJobsChannelIsFullAndClosed(FxRobot robot) {
        SyncParked wait = run.timeline().events().stream().filter(SyncParked.class::isInstance)
                .map(SyncParked.class::cast).filter(p -> p.g() == 1).findFirst().orElseThrow();
        assertTrue(first(ChanClosed.class).timeNanos() <= wait.timeNanos());
        robot.interact(() -> view.render(wait.timeNanos()));

        int waitLine = lineOf("wg.Wait()");
        assertTrue(view.codePainter().goroutinesOn(waitLine) >= 1, "G1 sits in the gutter at wg.Wait()");
        int placed = 0;
        for (int line = 1; line <= source.size(); line++) {
            placed += view.codePainter().goroutinesOn(line);
        }
        assertEquals(4, view.state().liveGoroutines());
        assertEquals(4, placed, "each live goroutine has its place in the gutter");
        long ps = view.stageHits().stream().filter(h -> h.kind() == Hit.Kind.P).map(Hit::id).distinct().count();
        assertEquals(4, ps, "one lane per P (GOMAXPROCS 4)");

        Hit chan = view.stageHits().stream().filter(h -> h.kind() == Hit.Kind.CHANNEL && h.id() == 1).findFirst()
                .orElseThrow();
        Inspection jobs = onFx(() -> pickOn(view.stagePane(), chan.x() + chan.w() - 5, chan.y() + 5));
        assertEquals("ch1 (chan int)", jobs.title());
        assertEquals("9", field(jobs, "dataqsiz"));
        assertEquals("1", field(jobs, "closed"), "main closed jobs before waiting");
        int qcount = Integer.parseInt(field(jobs, "qcount"));
        assertTrue(qcount >= 6 && qcount <= 9, "the workers have taken at most a few jobs yet: " + qcount);
        assertEquals(Integer.toString((9 - qcount) % 9), field(jobs, "recvx"), "recvx follows the taken jobs");
    }

    @Test
    void steppingOntoAnEventMarksTheLineOfItsGoroutine(FxRobot robot) {
        ChanClosed close = first(ChanClosed.class);
        robot.interact(() -> view.render(close.timeNanos()));
        assertEquals(1, view.focusGoroutine(), "main closes jobs");
        assertEquals(lineOf("close(jobs)"), view.focusLine());
        assertEquals(close.line(), view.focusLine(), "the event's own line");
    }

    @Test
    void theInspectorNamesAGoroutinesWaitReasonLineFunctionAndCreationSite(FxRobot robot) {
        ChanClosed closeResults = run.timeline().events().stream().filter(ChanClosed.class::isInstance)
                .map(ChanClosed.class::cast).filter(c -> c.ch() == 2).findFirst().orElseThrow();
        robot.interact(() -> view.render(closeResults.timeNanos()));
        Hit badge = view.codeHits().stream().filter(h -> h.kind() == Hit.Kind.GOROUTINE && h.id() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("no badge for G1 in " + view.codeHits()));
        Inspection running = onFx(() -> pickOn(view.codePane(), badge.x() + 3, badge.y() + 3));
        assertEquals("G1 [running]", running.title());
        assertEquals("main.main", field(running, "function"));
        assertEquals("worker_pool.go:" + lineOf("close(results)"), field(running, "line"));
        assertEquals("runtime (main goroutine)", field(running, "created"));

        SyncParked wait = run.timeline().events().stream().filter(SyncParked.class::isInstance)
                .map(SyncParked.class::cast).filter(p -> p.g() == 1).findFirst().orElseThrow();
        robot.interact(() -> view.render(wait.timeNanos()));
        Inspection main = onFx(() -> view.inspectGoroutine(1));
        assertEquals("G1 [sync.WaitGroup.Wait]", main.title());
        assertEquals("waiting", field(main, "status"));
        assertEquals("worker_pool.go:" + lineOf("wg.Wait()"), field(main, "line"));

        GoroutineCreated worker = run.timeline().events().stream().filter(GoroutineCreated.class::isInstance)
                .map(GoroutineCreated.class::cast).filter(c -> c.parent() == 1).findFirst().orElseThrow();
        Inspection w = onFx(() -> view.inspectGoroutine(worker.g()));
        assertEquals("main.worker", field(w, "function"));
        assertEquals("worker_pool.go:" + lineOf("go worker(w, jobs, results, stats, &wg)") + " by G1",
                field(w, "created"));
        assertEquals("G1", field(w, "parent"));
    }

    @Test
    void atTheEndTheConsoleShowsTheProgramsOutputAndTheHeaderItsExit(FxRobot robot) {
        ProgramExited exit = first(ProgramExited.class);
        robot.interact(() -> view.render(exit.timeNanos()));
        assertEquals(List.of("total 285 from 3 workers"), view.codePainter().consoleLines());
        assertEquals(0, view.codePainter().goroutinesOn(lineOf("wg.Wait()")), "every goroutine has finished");
        robot.interact(() -> view.render(0));
        assertEquals(List.of(), view.codePainter().consoleLines(), "seeking back empties the console");
    }

    @Test
    void chineseLabelsAndTheDarkThemeRender(FxRobot robot) {
        Locale.setDefault(Locale.Category.DISPLAY, Locale.SIMPLIFIED_CHINESE);
        ProgramExited exit = first(ProgramExited.class);
        robot.interact(() -> {
            view.node().getScene().getRoot().getStyleClass().add(PodiumStyles.THEME_DARK);
            view.render(exit.timeNanos() / 2);
        });
        assertEquals("全局运行队列", view.label("global.title"));
        assertNotNull(view.stageHits());
        assertTrue(ThemePalette.luminance(view.palette().stageBg()) < 0.3, "the dark stage");
        assertTrue(ThemePalette.luminance(view.palette().status(GStatus.RUNNING)) > 0.3,
                "running goroutines lighten to read on it");
    }

    private Inspection pickOn(javafx.scene.Node pane, double x, double y) {
        Point2D inRoot = view.node().sceneToLocal(pane.localToScene(x, y));
        return view.pick(inRoot.getX(), inRoot.getY());
    }

    private static String field(Inspection i, String name) {
        return i.fields().stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + i));
    }

    private static <T> T onFx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
