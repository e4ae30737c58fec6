package dev.podium.ui.goruntime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A goroutine in flight (a steal, a batch from the global queue, a P handed to another M) at the size the Go view has
 * in a 1280×720 window beside the gallery and the narration, in English and Chinese: as it leaves and as it lands,
 * its chip covers no note ("empty", "idle P: no M", "1 idle M(s) parked"); the note steps aside or waits for it;
 * and two chips in flight never cover each other.
 */
@ExtendWith(ApplicationExtension.class)
class GoFlightNotesTest {
    static {
        if (Boolean.parseBoolean(System.getProperty("testfx.headless", "true"))) {
            System.setProperty("testfx.headless", "true");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }

    /** The Go view's size in the smallest window (measured on the 1280×720 shell). */
    private static final double W = 600;
    private static final double H = 570;
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private Pane host;

    @Start
    void start(Stage stage) {
        host = new Pane();
        Scene scene = new Scene(host, W, H);
        scene.getStylesheets().add(getClass().getResource("/dev/podium/ui/tokens.css").toExternalForm());
        scene.getStylesheets().add(getClass().getResource("/dev/podium/ui/goruntime/goruntime.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void restoreLanguage() {
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @ParameterizedTest
    @CsvSource({"go-mutex-starvation,en", "go-mutex-starvation,zh", "go-work-stealing,en", "go-syscall-handoff,zh",
        "go-deadlock,en"})
    void aChipInFlightCoversNoNote(String lesson, String language, FxRobot robot) throws Exception {
        Locale.setDefault(Locale.Category.DISPLAY, language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.load(Path.of("simulations/" + lesson + ".yaml")));
        run.runToEnd();
        Timeline timeline = run.timeline();
        List<Long> instants = new ArrayList<>();
        for (WorldEvent e : timeline.events()) {
            if (Moves.of(e) != null && instants.size() < 120) {
                instants.add(e.timeNanos()); // leaving
                instants.add(e.timeNanos() + Moves.FLIGHT_NANOS * 9 / 10); // landing
            }
        }
        assertTrue(instants.size() >= 2, lesson + ": moves to look at " + instants.size());
        GoView view = new GoView();
        List<String> overlaps = new ArrayList<>();
        robot.interact(() -> {
            show(view, timeline);
            for (long t : instants) {
                view.ink().recordDrawn(true);
                view.render(t);
                overlaps.addAll(GoLabelsFitTest.overlapping(view.ink().drawn(), lesson + " " + language + " at "
                        + t + " ns: "));
            }
            view.ink().recordDrawn(false);
        });
        assertTrue(overlaps.isEmpty(), overlaps.size() + " overlaps:\n" + String.join("\n", overlaps));
    }

    /**
     * Several goroutines in flight at once (goroutines queued one after another, a steal while a batch leaves the
     * global queue): their chips never cover each other at any point of their flight; a later chip steps aside.
     */
    @ParameterizedTest
    @ValueSource(strings = {"go-gmp-basics", "go-work-stealing", "go-syscall-handoff", "go-worker-pool"})
    void chipsInFlightNeverCoverEachOther(String lesson, FxRobot robot) throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.load(Path.of("simulations/" + lesson + ".yaml")));
        run.runToEnd();
        Timeline timeline = run.timeline();
        TreeSet<Long> instants = new TreeSet<>();
        for (WorldEvent e : timeline.events()) {
            if (Moves.of(e) != null && instants.size() < 400) {
                for (long d = 0; d < Moves.FLIGHT_NANOS; d += Moves.FLIGHT_NANOS / 8) {
                    instants.add(e.timeNanos() + d);
                }
            }
        }
        GoView view = new GoView();
        List<String> overlaps = new ArrayList<>();
        int[] together = new int[1];
        robot.interact(() -> {
            show(view, timeline);
            for (long t : instants) {
                view.render(t);
                List<double[]> boxes = view.flightBoxes();
                if (boxes.size() > 1) {
                    together[0]++;
                }
                for (int i = 0; i < boxes.size(); i++) {
                    for (int j = i + 1; j < boxes.size(); j++) {
                        double[] a = boxes.get(i);
                        double[] b = boxes.get(j);
                        if (a[0] + a[2] > b[0] + 0.5 && b[0] + b[2] > a[0] + 0.5 && a[1] + a[3] > b[1] + 0.5
                                && b[1] + b[3] > a[1] + 0.5) {
                            overlaps.add(String.format(Locale.ROOT, "%s at %d ns: (%.0f,%.0f) and (%.0f,%.0f)",
                                    lesson, t, a[0], a[1], b[0], b[1]));
                        }
                    }
                }
            }
        });
        assertTrue(together[0] > 0, lesson + ": no frame with two goroutines in flight to look at");
        assertTrue(overlaps.isEmpty(), overlaps.size() + " chips in flight cover each other:\n"
                + String.join("\n", overlaps.subList(0, Math.min(20, overlaps.size()))));
    }

    /** Puts the view on the stage at the Go view's size in the smallest window, bound to the timeline. FX thread. */
    private void show(GoView view, Timeline timeline) {
        Parent node = (Parent) view.node();
        host.getChildren().setAll(node);
        node.resize(W, H);
        node.applyCss();
        node.layout();
        view.bind(timeline);
    }
}
