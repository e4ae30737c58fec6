package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.Scenario;
import dev.podium.ui.SmallWindow;
import dev.podium.ui.common.PodiumStyles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The gallery marks the lesson that is open, also when it came from a file (File > Open, or the command line) rather
 * than a click on its card, and shows that card: when the lesson changes, and when Tab brings the focus to the list
 * after the class scrolled it elsewhere.
 */
@ExtendWith(ApplicationExtension.class)
class GalleryCurrentTest {
    private final SmallWindow small = new SmallWindow("gallery");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = small.open(stage);
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        small.close();
    }

    @Test
    void aLessonOpenedFromItsFileIsMarkedAndShownInTheGallery(FxRobot robot) {
        ListView<Scenario> gallery = robot.lookup("#gallery").queryListView();
        Scenario last = gallery.getItems().get(gallery.getItems().size() - 1);
        Path file = Path.of(last.sourceName());
        assertTrue(file.toFile().isFile(), "the gallery's last lesson is in " + file);
        robot.interact(() -> window.openFile(file.toAbsolutePath()));
        Scenario open = window.scenarioProperty().get();
        assertNotSame(last, open, "opened from its file: another object than the gallery's card");
        List<String> marked = new ArrayList<>();
        robot.interact(() -> marked.addAll(marked(gallery)));
        assertEquals(List.of(last.name()), marked, "the card of the lesson opened is marked current");
        assertSame(last, gallery.getSelectionModel().getSelectedItem(), "and the arrows start from it");
        boolean[] inView = new boolean[1];
        robot.interact(() -> inView[0] = shown(gallery, last));
        assertTrue(inView[0], "and it is scrolled into view");

        robot.interact(gallery::requestFocus);
        robot.type(KeyCode.ENTER);
        assertSame(open, window.scenarioProperty().get(), "Enter on the lesson already open does not reopen it");
    }

    @Test
    void tabToTheGalleryShowsTheCurrentCardAfterItWasScrolledAway(FxRobot robot) {
        ListView<Scenario> gallery = robot.lookup("#gallery").queryListView();
        Scenario last = gallery.getItems().get(gallery.getItems().size() - 1);
        robot.interact(() -> window.openScenario(last));
        boolean[] first = new boolean[1];
        robot.interact(() -> first[0] = shown(gallery, last));
        assertTrue(first[0], "the current card is scrolled into view when the lesson changes");
        robot.interact(() -> {
            robot.lookup("#theme-toggle").query().requestFocus();
            gallery.scrollTo(0);
        });
        robot.interact(gallery::layout);
        boolean[] away = new boolean[1];
        robot.interact(() -> away[0] = shown(gallery, last));
        assertFalse(away[0], "scrolled away to the top");
        robot.interact(gallery::requestFocus);
        boolean[] back = new boolean[1];
        robot.interact(() -> back[0] = shown(gallery, last));
        assertTrue(back[0], "focus brings the current card back into view");
    }

    /** The names of the lessons whose cards show as current. */
    private static List<String> marked(ListView<Scenario> list) {
        List<String> out = new ArrayList<>();
        list.layout();
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> cell && cell.isVisible() && cell.getItem() instanceof Scenario s
                    && cell.getPseudoClassStates().contains(PodiumStyles.CURRENT)) {
                out.add(s.name());
            }
        }
        return out;
    }

    /** Whether a card of {@code list} shows {@code item} whole inside the list's bounds. */
    private static boolean shown(ListView<Scenario> list, Scenario item) {
        list.layout();
        Bounds view = list.localToScene(list.getLayoutBounds());
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> cell && cell.isVisible() && cell.getItem() == item) {
                Bounds b = cell.localToScene(cell.getLayoutBounds());
                if (b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5) {
                    return true;
                }
            }
        }
        return false;
    }
}
