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
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A goroutine in flight (a steal, a batch from the global queue, a P handed to another M) at the size the Go view has
 * in a 1280×720 window beside the gallery and the narration, in English and Chinese: as it leaves and as it lands,
 * its chip covers no note ("empty", "idle P: no M", "1 idle M(s) parked"); the note steps aside or waits for it.
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
            Parent node = (Parent) view.node();
            host.getChildren().setAll(node);
            node.resize(W, H);
            node.applyCss();
            node.layout();
            view.bind(timeline);
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
}
