package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.crash.CrashReports;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.Timeline;
import dev.podium.ui.playback.Playback;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An uncaught exception writes a scrubbed report, shows a short message without a stack, and the window lives on. */
@ExtendWith(ApplicationExtension.class)
class CrashHandlerTest {
    private static final String CLIENT_KEY = "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2UUlCQURBTkJna3Foa2lH";
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/crash-" + UUID.randomUUID());
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private Thread.UncaughtExceptionHandler defaultBefore;
    private Thread.UncaughtExceptionHandler fxBefore;
    private MainWindow window;
    private Stage stage;
    private CrashHandler handler;

    @TempDir
    Path dir;

    @Start
    void start(Stage target) {
        stage = target;
        window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
        window.show(target);
    }

    @BeforeEach
    void install(FxRobot robot) {
        defaultBefore = Thread.getDefaultUncaughtExceptionHandler();
        robot.interact(() -> {
            fxBefore = Thread.currentThread().getUncaughtExceptionHandler();
            handler = CrashHandler.install(window, stage, new CrashReports(dir.resolve("crashes")));
        });
    }

    @AfterEach
    void restore(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(fxBefore);
            if (handler.dialog() != null) {
                handler.dialog().close();
            }
        });
        Thread.setDefaultUncaughtExceptionHandler(defaultBefore);
        prefs.removeNode();
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @Test
    void anExceptionOnTheFxThreadWritesAScrubbedReportAndAShortMessage(FxRobot robot) throws Exception {
        robot.interact(() -> window.note(0, "kubeconfig user: client-key-data: " + CLIENT_KEY));
        Platform.runLater(() -> {
            throw new IllegalStateException("request failed: Authorization: Bearer abc.def.ghi");
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<Path> files = reports();
        assertEquals(1, files.size(), "one report: " + files);
        String report = Files.readString(files.get(0));
        assertTrue(report.contains("IllegalStateException"), report);
        assertTrue(report.contains("\tat "), "the stack is in the report: " + report);
        assertTrue(report.contains("os:") && report.contains("java:") && report.contains("podium:"), report);
        assertTrue(report.contains("client-key-data: <redacted>"), "the narration line is kept, scrubbed: " + report);
        assertFalse(report.contains("abc.def.ghi"), "the bearer token leaked: " + report);
        assertFalse(report.contains(CLIENT_KEY), "the client key leaked: " + report);
        assertFalse(report.contains(CLIENT_KEY.substring(0, 20)), report);

        Alert dialog = handler.dialog();
        assertNotNull(dialog);
        assertTrue(dialog.isShowing());
        String shown = String.join("\n", texts(dialog.getDialogPane()));
        assertFalse(shown.contains("\tat ") || shown.contains("at dev.podium") || shown.contains("Exception"),
                "no stack trace in the dialog: " + shown);
        assertFalse(shown.contains("abc.def.ghi"), shown);
        TextInputControl path = (TextInputControl) dialog.getDialogPane().lookup("#" + CrashDialog.PATH_ID);
        assertEquals(files.get(0).toString(), path.getText(), "the report's path, to copy");
        assertFalse(path.isEditable());
        assertNull(dialog.getDialogPane().lookup("#" + CrashDialog.SAVE_ID), "nothing unsaved: no save button");

        robot.interact(dialog::close);
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = window.openFile(Path.of("simulations/queueing-basics.yaml")));
        assertTrue(opened[0], "the window still opens a lesson after the crash");
        assertTrue(stage.isShowing());
    }

    @Test
    void anExceptionOnAnotherThreadIsReportedToo() throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("bad config password=hunter2hunter2");
        }, "podium-test-worker");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();
        List<Path> files = reports();
        assertEquals(1, files.size(), files.toString());
        String report = Files.readString(files.get(0));
        assertTrue(report.contains("thread:  podium-test-worker"), report);
        assertFalse(report.contains("hunter2hunter2"), report);
        assertTrue(handler.dialog().isShowing());
    }

    @Test
    void theSameErrorAgainWhileTheMessageIsOpenOpensNoSecondMessage() throws Exception {
        int windowsBefore = Window.getWindows().size();
        for (int i = 0; i < 5; i++) {
            Platform.runLater(() -> {
                throw new IllegalStateException("every frame");
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(windowsBefore + 1, Window.getWindows().size(), "one message");
        assertEquals(1, reports().size(), "one report for a repeated error");
    }

    @Test
    void anUnsavedLiveSessionIsOfferedForSaving(FxRobot robot) {
        robot.interact(() -> window.showPlayback(new Unsaved(), "live"));
        Platform.runLater(() -> {
            throw new IllegalStateException("while live");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node save = handler.dialog().getDialogPane().lookup("#" + CrashDialog.SAVE_ID);
        assertNotNull(save, "a live session that can be saved gets the button");
    }

    @Test
    void theMessageIsTranslated(FxRobot robot) {
        robot.interact(() -> window.i18n().setLocale(Locale.SIMPLIFIED_CHINESE));
        Platform.runLater(() -> {
            throw new IllegalStateException("in Chinese");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Podium 遇到了问题", handler.dialog().getTitle());
        assertTrue(handler.dialog().getHeaderText().contains("窗口可以继续使用"), handler.dialog().getHeaderText());
    }

    private List<Path> reports() throws Exception {
        Path crashes = dir.resolve("crashes");
        if (!Files.isDirectory(crashes)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(crashes)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            out.add(labeled.getText());
        }
        if (node instanceof TextInputControl input) {
            out.add(input.getText());
        }
        if (node instanceof javafx.scene.control.DialogPane pane && pane.getHeaderText() != null) {
            out.add(pane.getHeaderText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                out.addAll(texts(child));
            }
        }
        return out;
    }

    /** A live session with nothing saved: it follows the wall clock and offers a recording header. */
    private static final class Unsaved implements Playback {
        private final Timeline timeline = new Timeline();

        @Override
        public boolean followsWallClock() {
            return true;
        }

        @Override
        public List<String> worlds() {
            return List.of("kube");
        }

        @Override
        public Timeline timeline() {
            return timeline;
        }

        @Override
        public String label() {
            return "live";
        }

        @Override
        public long durationNanos() {
            return 1;
        }

        @Override
        public long computedNanos() {
            return 0;
        }

        @Override
        public boolean isComplete() {
            return false;
        }

        @Override
        public long advanceTo(long tNanos, long maxEvents) {
            return 0;
        }

        @Override
        public RecordingHeader saveHeader() {
            return new RecordingHeader(RecordingHeader.FORMAT, RecordingHeader.VERSION, "live", "ctx", 0,
                    "2026-12-05T00:00:00Z", List.of("kube"));
        }
    }
}
