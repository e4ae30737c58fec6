package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.Scenario;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.world.Inspection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The gallery, the narration, the inspector and the world tabs take keyboard focus, yet the window's shortcuts
 * still work while they have it (Space, Page Down/Up, L, 0, Right), and their own keys do what a person expects:
 * the arrows move, Enter opens a gallery lesson or takes the playhead to a narration line. Frames are driven with
 * {@link Player#frame}, so nothing depends on wall time.
 */
@ExtendWith(ApplicationExtension.class)
class FocusedPanelKeysTest {
    private static final long FRAME = 50_000_000L;
    /** Two worlds (so two tabs) and the lesson's cues. */
    private static final Path LESSON = Path.of("simulations/gc-liveness-restart.yaml");
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/panel-keys-" + UUID.randomUUID());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
        window.show(stage);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        prefs.removeNode();
    }

    @ParameterizedTest
    @ValueSource(strings = {"#gallery", "#narration", "#inspector-scroll", "#world-tabs", "#kube-events-table"})
    void theWindowsShortcutsWorkWhileAPanelHasFocus(String id, FxRobot robot) {
        open(robot);
        robot.interact(() -> robot.lookup("#kube-tab-events").queryAs(ButtonBase.class).fire()); // shows the table
        Node panel = robot.lookup(id).query();
        robot.interact(panel::requestFocus);
        assertSame(panel, panel.getScene().getFocusOwner(), id + " takes focus");

        robot.type(KeyCode.SPACE);
        assertTrue(window.model().isPlaying(), id + ": Space plays");
        robot.type(KeyCode.SPACE);
        assertFalse(window.model().isPlaying(), id + ": Space pauses");

        List<Long> cues = window.model().playback().cues().stream().map(WorldEvent::timeNanos)
                .filter(t -> t > 0).distinct().toList();
        assertTrue(cues.size() >= 2, "the lesson has cues: " + cues);
        robot.type(KeyCode.PAGE_DOWN);
        playUntilPaused(robot);
        robot.type(KeyCode.PAGE_DOWN);
        playUntilPaused(robot);
        assertEquals(cues.get(1), window.model().playheadNanos(), id + ": Page Down stops at the next cue");
        robot.type(KeyCode.PAGE_UP);
        assertEquals(cues.get(0), window.model().playheadNanos(), id + ": Page Up goes back a cue");

        long before = window.model().playheadNanos();
        robot.type(KeyCode.RIGHT);
        assertTrue(window.model().playheadNanos() > before, id + ": Right steps on");

        robot.press(KeyCode.L);
        assertTrue(window.presenterControls().pointerProperty().get(), id + ": L held shows the pointer");
        robot.release(KeyCode.L);
        assertFalse(window.presenterControls().pointerProperty().get());

        robot.interact(() -> window.stageArea().zoom().zoomAt(200, 200, 2));
        assertTrue(window.stageArea().zoom().scale() > 1.5);
        robot.type(KeyCode.DIGIT0);
        assertEquals(1.0, window.stageArea().zoom().scale(), 1e-9, id + ": 0 resets the zoom");

        assertSame(panel, panel.getScene().getFocusOwner(), id + " keeps focus through the shortcuts");
    }

    @Test
    void arrowsMoveThroughTheGalleryAndEnterOpensTheLessonPicked(FxRobot robot) {
        ListView<Scenario> gallery = robot.lookup("#gallery").queryListView();
        assertTrue(gallery.getItems().size() >= 3, "the gallery: " + gallery.getItems().size());
        Scenario open = window.scenarioProperty().get();
        int at = gallery.getItems().indexOf(open);
        assertEquals(at, gallery.getSelectionModel().getSelectedIndex(), "the open lesson is where the arrows start");
        robot.interact(gallery::requestFocus);
        robot.type(KeyCode.DOWN);
        Scenario picked = gallery.getItems().get(at + 1);
        assertSame(picked, gallery.getSelectionModel().getSelectedItem(), "Down picks the next card");
        assertSame(open, window.scenarioProperty().get(), "picking is not opening");
        robot.type(KeyCode.ENTER);
        assertSame(picked, window.scenarioProperty().get(), "Enter opens the card picked");
        robot.type(KeyCode.UP);
        assertNotSame(picked, gallery.getSelectionModel().getSelectedItem(), "Up picks the card before");
    }

    @Test
    void enterOnANarrationLineTakesThePlayheadToIt(FxRobot robot) {
        ListView<NarrationLine> narration = narrationAt(robot, 2);
        robot.interact(() -> {
            narration.requestFocus();
            narration.getSelectionModel().select(narration.getItems().size() - 1);
            narration.getFocusModel().focus(narration.getItems().size() - 1);
        });
        robot.type(KeyCode.UP);
        robot.type(KeyCode.UP);
        NarrationLine picked = narration.getSelectionModel().getSelectedItem();
        assertNotNull(picked);
        assertSame(narration.getItems().get(narration.getItems().size() - 3), picked, "Up twice: two lines back");
        robot.type(KeyCode.ENTER);
        assertEquals(picked.timeNanos(), window.model().playheadNanos(), "Enter seeks to the line");
        assertFalse(window.model().isPlaying());
    }

    @Test
    void newLinesWhilePlayingLeaveTheLineTheArrowsPickedWhileTheListHasFocus(FxRobot robot) {
        ListView<NarrationLine> narration = narrationAt(robot, 3);
        int before = narration.getItems().size();
        robot.interact(() -> {
            narration.requestFocus();
            narration.getSelectionModel().select(0);
            narration.getFocusModel().focus(0);
            narration.scrollTo(0);
        });
        robot.type(KeyCode.DOWN);
        NarrationLine picked = narration.getSelectionModel().getSelectedItem();
        assertSame(narration.getItems().get(1), picked, "Down: the second line");
        robot.interact(() -> {
            window.model().play();
            for (int i = 0; i < 400 && narration.getItems().size() == before; i++) {
                window.player().frame(FRAME);
            }
        });
        assertTrue(narration.getItems().size() > before, "playing adds lines");
        assertSame(picked, narration.getSelectionModel().getSelectedItem(), "the picked line stays picked");
        assertTrue(shown(narration, picked), "and in view: the list did not jump to the newest line");
        assertFalse(shown(narration, narration.getItems().get(narration.getItems().size() - 1)),
                "the newest line is not scrolled to");

        robot.interact(() -> robot.lookup("#gallery").query().requestFocus());
        int later = narration.getItems().size();
        robot.interact(() -> {
            for (int i = 0; i < 400 && narration.getItems().size() == later && window.model().isPlaying(); i++) {
                window.player().frame(FRAME);
            }
        });
        assertTrue(narration.getItems().size() > later, "playing adds lines");
        assertTrue(shown(narration, narration.getItems().get(narration.getItems().size() - 1)),
                "with the focus elsewhere, the list follows the newest line again");
    }

    /** The narration list, the lesson open and played to {@code 1/part} of its length, with lines to pick. */
    private ListView<NarrationLine> narrationAt(FxRobot robot, int part) {
        open(robot);
        robot.interact(() -> {
            window.model().seek(window.model().durationProperty().get() / part);
            window.player().frame(FRAME);
        });
        ListView<NarrationLine> narration = robot.lookup("#narration").queryListView();
        assertTrue(narration.getItems().size() >= 3, "lines to pick from: " + narration.getItems().size());
        return narration;
    }

    /** Whether a cell of {@code list} shows {@code line} inside the list's bounds. */
    private static boolean shown(ListView<NarrationLine> list, NarrationLine line) {
        Bounds view = list.localToScene(list.getLayoutBounds());
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> cell && cell.isVisible() && cell.getItem() == line) {
                Bounds b = cell.localToScene(cell.getLayoutBounds());
                if (b.getMaxY() > view.getMinY() + 1 && b.getMinY() < view.getMaxY() - 1) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void downScrollsTheInspectorsFieldsOnceTabHasReachedThem(FxRobot robot) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            fields.add(Map.entry("field" + i, "value " + i));
        }
        robot.interact(() -> robot.lookup("#inspector").queryAs(InspectorPanel.class)
                .show(new Inspection("a pod with many fields", fields)));
        ScrollPane scroll = robot.lookup("#inspector-scroll").queryAs(ScrollPane.class);
        assertTrue(scroll.isFocusTraversable(), "Tab stops at the inspector's fields");
        robot.interact(scroll::requestFocus);
        assertEquals(0, scroll.getVvalue(), 1e-9);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.DOWN);
        assertTrue(scroll.getVvalue() > 0, "Down scrolls the fields: " + scroll.getVvalue());
        assertFalse(window.model().isPlaying(), "and plays nothing");
    }

    @Test
    void downAndUpSwitchTheWorldTabsOnceTabHasReachedThem(FxRobot robot) {
        open(robot);
        TabPane tabs = robot.lookup("#world-tabs").queryAs(TabPane.class);
        assertEquals(2, tabs.getTabs().size(), "the lesson has two worlds");
        robot.interact(tabs::requestFocus);
        int first = tabs.getSelectionModel().getSelectedIndex();
        robot.type(KeyCode.DOWN);
        assertEquals(1 - first, tabs.getSelectionModel().getSelectedIndex(), "Down: the other world");
        robot.type(KeyCode.UP);
        assertEquals(first, tabs.getSelectionModel().getSelectedIndex(), "Up: back");
        assertSame(tabs, tabs.getScene().getFocusOwner());
    }

    private void open(FxRobot robot) {
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = window.openFile(LESSON));
        assertTrue(opened[0], LESSON + " opens");
    }

    private void playUntilPaused(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 200_000 && window.model().isPlaying(); i++) {
                window.player().frame(FRAME);
            }
        });
        assertFalse(window.model().isPlaying(), "paused by itself");
    }
}
