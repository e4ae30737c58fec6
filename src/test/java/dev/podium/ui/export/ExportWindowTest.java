package dev.podium.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.export.ClipPlan;
import dev.podium.export.ExportFormat;
import dev.podium.export.Frame;
import dev.podium.ui.shell.MainWindow;
import dev.podium.ui.shell.RecentFiles;
import dev.podium.ui.shell.ScenarioSource;
import dev.podium.ui.shell.WorldViews;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export… in the window (Monocle, headless): the dialog, and exports that run while the window works. */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
    private static final long S = 1_000_000_000L;

    static {
        if (Boolean.parseBoolean(System.getProperty("testfx.headless", "true"))) {
            System.setProperty("testfx.headless", "true");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }

    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/export-" + UUID.randomUUID());
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private MainWindow window;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage target) {
        stage = target;
        window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
        window.show(target);
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        prefs.removeNode();
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @Test
    void theDialogStartsAtThePlayheadAndRefusesABadRange(FxRobot robot) {
        robot.interact(() -> window.model().seek(30 * S));
        robot.clickOn("#menu-file").clickOn("#menu-export");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#export-dialog").queryAs(DialogPane.class);
        TextField from = robot.lookup("#export-from").queryAs(TextField.class);
        assertEquals("30s", from.getText());
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        assertFalse(ok.isDisabled());
        robot.interact(() -> robot.lookup("#export-to").queryAs(TextField.class).setText("10s"));
        assertTrue(ok.isDisabled());
        assertTrue(robot.lookup("#export-problem").queryAs(Label.class).getText().contains("end after it starts"));
        robot.interact(() -> robot.lookup("#export-to").queryAs(TextField.class).setText("soon"));
        assertTrue(robot.lookup("#export-problem").queryAs(Label.class).getText().contains("1m30s"));
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());
    }

    @Test
    void aPngAtThePlayheadIsTheStageAsTheWindowShowsIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.model().seek(45 * S);
            window.player().refresh();
        });
        Node stageNode = robot.lookup("#stage").query();
        int width = (int) stageNode.getLayoutBounds().getWidth() & ~1;
        int height = (int) stageNode.getLayoutBounds().getHeight() & ~1;
        Path file = dir.resolve("stage.png");
        ExportJob job = onFx(() -> ExportJob.start(context(), new ExportChoice(ExportFormat.PNG,
                new ClipPlan(45 * S, 45 * S, 1, 1), 1, false), width, height, null, file));
        waitForStatus(robot, job, "Wrote");
        Frame shown = onFx(() -> {
            WritableImage image = stageNode.snapshot(null, null);
            int[] argb = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            return new Frame(width, height, argb);
        });
        BufferedImage exported = ImageIO.read(file.toFile());
        assertEquals(width, exported.getWidth());
        assertEquals(height, exported.getHeight());
        double mean = Images.meanDistance(shown, exported);
        assertTrue(mean < 1.5, "mean channel difference from the window's stage: " + mean);
    }

    @Test
    void aClipRunsWhileTheWindowKeepsWorkingAndCancelRemovesTheFile(FxRobot robot) throws Exception {
        Path file = dir.resolve("long.mp4");
        ExportJob job = onFx(() -> ExportJob.start(context(), new ExportChoice(ExportFormat.MP4,
                new ClipPlan(0, 60 * S, 1, 30), 1, true), 320, 180, "en", file));
        // The window answers while the export runs: the playhead moves.
        robot.interact(() -> window.model().seek(12 * S));
        assertEquals(12 * S, window.model().playheadNanos());
        robot.interact(() -> robot.lookup("#export-cancel").queryAs(Button.class).fire());
        waitForStatus(robot, job, "Cancelled");
        assertFalse(Files.exists(file));

        Path gif = dir.resolve("short.gif");
        ExportJob done = onFx(() -> ExportJob.start(context(), new ExportChoice(ExportFormat.GIF,
                new ClipPlan(10 * S, 12 * S, 1, 5), 1, true), 320, 180, "en", gif));
        waitForStatus(robot, done, "Wrote");
        assertTrue(Files.size(gif) > 0);
    }

    private ExportDialog.Context context() {
        Node stageNode = stage.getScene().lookup("#stage");
        return new ExportDialog.Context(stage, window.i18n(), window.theme(), window.model().playback(),
                window.model().playheadNanos(), 1, stageNode.getLayoutBounds().getWidth(),
                stageNode.getLayoutBounds().getHeight());
    }

    private static void waitForStatus(FxRobot robot, ExportJob job, String start) throws Exception {
        Label status = (Label) job.window().getScene().lookup("#export-status");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.getText().startsWith(start));
        robot.interact(() -> job.window().close());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
