package dev.podium.ui.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.Timeline;
import dev.podium.world.gc.Collector;
import dev.podium.world.gc.GcCause;
import dev.podium.world.gc.GcConfigured;
import dev.podium.world.gc.GcPauseEnded;
import dev.podium.world.gc.GcPauseStarted;
import dev.podium.world.gc.LoggedPause;
import dev.podium.world.gc.PauseKind;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A run simulated from a real log, made by hand: the log's pauses come after {@code GcConfigured}, the run has its own;
 * the pause timeline draws the log's as hollow ghosts beside the simulated bars, with a legend in both languages.
 */
@ExtendWith(ApplicationExtension.class)
class GcGhostPausesTest {
    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;
    private static final long MB = 1L << 20;

    static {
        GcStage.headlessUnlessAsked();
    }

    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private GcView view;

    @Start
    void start(Stage stage) {
        Timeline timeline = new Timeline();
        timeline.append(new GcConfigured(0, 1024 * MB, 4 * MB, 256, 200, 45, 15, 4, 1, false, 8, MS, 5 * MS,
                64 * 1024, 0, 0, 0, 20, "F256", Collector.G1));
        // In time order, as a fitted run emits them: the log's pause at 2 s, the run's own at 3 s, the log's at 9 s
        timeline.append(new LoggedPause(2 * S, 3, "Pause Young (Normal)", "G1 Evacuation Pause", 300 * MB,
                100 * MB, 1024 * MB, 40 * MS));
        timeline.append(new GcPauseStarted(3 * S, 0, PauseKind.YOUNG, GcCause.EVACUATION, 200 * MB, 5, 0));
        timeline.append(new GcPauseEnded(3 * S + 20 * MS, 0, PauseKind.YOUNG, GcCause.EVACUATION, 200 * MB,
                80 * MB, 1024 * MB, 20 * MS, 10 * MB, 0, false, 20, 15, "F256"));
        timeline.append(new LoggedPause(9 * S, 9, "Pause Full", "G1 Compaction Pause", 900 * MB, 600 * MB,
                1024 * MB, 2 * S));
        timeline.advanceEnd(12 * S);
        view = new GcView();
        view.bind(timeline);
        GcStage.show(stage, view);
    }

    @AfterEach
    void restoreLanguage() {
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @Test
    void theLogsPausesStandBesideTheSimulatedOnesWithALegend(FxRobot robot) {
        Locale.setDefault(Locale.Category.DISPLAY, Locale.ENGLISH);
        robot.interact(() -> view.render(10 * S));
        assertEquals(1, view.bars().size(), "only the simulated pause is a pickable bar");
        List<String> drawn = GcStage.drawn(view);
        assertTrue(drawn.contains("log (original)") && drawn.contains("simulated"), drawn.toString());

        Locale.setDefault(Locale.Category.DISPLAY, Locale.SIMPLIFIED_CHINESE);
        robot.interact(() -> view.render(10 * S));
        drawn = GcStage.drawn(view);
        assertTrue(drawn.contains("日志（原始）") && drawn.contains("模拟"), drawn.toString());
    }

    @Test
    void beforeTheLogsFirstPauseThereIsNoGhostLegendAndTheTrendsTabDrawsTheComparisonToo(FxRobot robot) {
        Locale.setDefault(Locale.Category.DISPLAY, Locale.ENGLISH);
        robot.interact(() -> {
            view.showTab(1);
            view.render(1 * S);
        });
        List<String> drawn = GcStage.drawn(view);
        assertFalse(drawn.contains("log (original)"), drawn.toString());
        assertTrue(drawn.contains("Heap over time"), drawn.toString());
        assertTrue(view.bars().isEmpty(), "no simulated pause yet");
        robot.interact(() -> view.render(10 * S));
        drawn = GcStage.drawn(view);
        assertTrue(drawn.contains("log (original)"), drawn.toString());
        assertEquals(1, view.bars().size());
        robot.interact(() -> view.showTab(0));
    }
}
