package dev.podium.ui.shell;

import dev.podium.crash.CrashReport;
import dev.podium.crash.CrashReports;
import dev.podium.live.log.Redactor;
import dev.podium.ui.playback.Playback;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches what nothing else caught, on any thread: writes a {@link CrashReport} (with the last narration lines) into
 * the crash directory, logs one scrubbed line, and shows the {@link CrashDialog} over the window, which keeps
 * working. One dialog at a time: a crash while it is open (an animation timer that throws every frame) is reported
 * once and counted in the log. An unsaved live session is offered for saving.
 */
public final class CrashHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CrashHandler.class);

    private final MainWindow window;
    private final Window owner;
    private final CrashReports reports;
    private final AtomicReference<String> lastSignature = new AtomicReference<>();
    private Alert open;
    private int repeats;

    CrashHandler(MainWindow window, Window owner, CrashReports reports) {
        this.window = window;
        this.owner = owner;
        this.reports = reports;
    }

    /**
     * Installs a handler for {@code window} (its dialogs owned by {@code owner}, the stage) as every thread's default and the FX thread's own; call on the FX thread
     * after the window is shown. Returns it (tests restore the previous handler themselves).
     */
    public static CrashHandler install(MainWindow window, Window owner, CrashReports reports) {
        CrashHandler handler = new CrashHandler(window, owner, reports);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        }
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            if (Platform.isFxApplicationThread()) {
                onFxThread(thread, error);
            } else {
                Platform.runLater(() -> onFxThread(thread, error)); // the narration is read on its own thread
            }
        } catch (Throwable again) { // the toolkit is gone: keep the report at least
            write(CrashReport.of(thread, error, List.of()));
        }
    }

    /** The report, the log line and the dialog; FX thread. */
    void onFxThread(Thread thread, Throwable error) {
        String signature = signature(error);
        if (open != null && open.isShowing() && signature.equals(lastSignature.get())) {
            repeats++;
            LOG.error("the same error again ({} times while its message is open): {}", repeats,
                    Redactor.describe(error));
            return;
        }
        lastSignature.set(signature);
        repeats = 0;
        CrashReport report = CrashReport.of(thread, error, recentLines());
        Path file = write(report);
        if (open != null && open.isShowing()) {
            return; // one message at a time; the report is written
        }
        String failure = file == null ? reports.directory().toString() : null;
        open = CrashDialog.show(owner, window.i18n(), window.theme(), file, failure, saveLiveAction());
    }

    /** The dialog shown for the last crash, if any. */
    Alert dialog() {
        return open;
    }

    private Path write(CrashReport report) {
        try {
            Path file = reports.write(report);
            LOG.error("crash on thread {}: {}; report {}", report.thread(), Redactor.describe(report.error()), file);
            return file;
        } catch (IOException | RuntimeException e) {
            LOG.error("crash on thread {}: {}; the report could not be written: {}", report.thread(),
                    Redactor.describe(report.error()), e.toString());
            return null;
        }
    }

    private List<String> recentLines() {
        try {
            List<String> lines = new ArrayList<>();
            for (NarrationLine line : window.player().narration().lines()) {
                lines.add(line.timeNanos() + " ns " + line.kind() + ": " + line.text());
            }
            return lines;
        } catch (RuntimeException e) {
            return List.of("(the narration could not be read: " + e + ")");
        }
    }

    /** Saving the live session, when one is shown and can be saved; null otherwise. */
    private Runnable saveLiveAction() {
        Playback playback = window.model().playback();
        if (playback == null || playback.saveHeader() == null) {
            return null;
        }
        return window::saveRecordingWithChooser;
    }

    private static String signature(Throwable error) {
        StackTraceElement[] stack = error.getStackTrace();
        return error.getClass().getName() + ":" + error.getMessage() + "@" + (stack.length > 0 ? stack[0] : "");
    }
}
