package dev.podium.ui.export;

import dev.podium.export.ClipExport;
import dev.podium.export.ExportCancelledException;
import dev.podium.export.ExportException;
import dev.podium.export.ExportProgress;
import dev.podium.ui.common.I18n;
import dev.podium.ui.common.PodiumStyles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * One export running: a small window with a progress bar and Cancel, and a worker thread that runs the export loop.
 * Only the snapshots run on the FX thread, one short task per frame, so the main window keeps playing and answering.
 * Progress reaches the FX thread at most once per pulse (a pending update is not posted twice).
 */
final class ExportJob {
    private final I18n i18n;
    private final Stage window = new Stage();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label status = new Label();
    private final Button button = new Button();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicBoolean updatePosted = new AtomicBoolean();
    private volatile int total = 1;

    private ExportJob(ExportDialog.Context context) {
        this.i18n = context.i18n();
        bar.setId("export-progress");
        bar.setPrefWidth(420);
        status.setId("export-status");
        status.setWrapText(true);
        status.setMaxWidth(420);
        button.setId("export-cancel");
        button.setText(i18n.get("export.cancel"));
        button.setOnAction(e -> {
            if (cancelled.get() || bar.getProgress() >= 1 || status.getStyleClass().contains(PodiumStyles.PROBLEMS)) {
                window.close();
            } else {
                cancelled.set(true);
            }
        });
        HBox buttons = new HBox(button);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, status, bar, buttons);
        root.setPadding(new Insets(18));
        root.getStyleClass().add(PodiumStyles.SHELL);
        Scene scene = new Scene(root);
        Scene owner = context.owner() == null ? null : context.owner().getScene();
        if (owner != null) { // the window's sheets and theme
            scene.getStylesheets().addAll(owner.getStylesheets());
            for (String themeClass : List.of(PodiumStyles.THEME_DARK, PodiumStyles.THEME_CONTRAST)) {
                if (owner.getRoot().getStyleClass().contains(themeClass)) {
                    root.getStyleClass().add(themeClass);
                }
            }
        }
        window.setScene(scene);
        window.initOwner(context.owner());
        window.setTitle(i18n.get("export.progress.title"));
        window.setOnCloseRequest(e -> cancelled.set(true));
    }

    /** Opens the progress window and starts the export of {@code choice} to {@code file}. */
    static ExportJob start(ExportDialog.Context context, ExportChoice choice, int width, int height,
                           String captionLanguage, Path file) {
        ExportJob job = new ExportJob(context);
        StageRenderer renderer = new StageRenderer(context.playback(), width, height, choice.scale(),
                context.theme().kind(), captionLanguage);
        job.total = choice.format().isClip() ? choice.plan().frameCount() : 1;
        job.showProgress();
        job.window.show();
        Thread worker = new Thread(() -> job.run(choice, new StageFrames(renderer), file), "podium-export");
        worker.setDaemon(true);
        worker.start();
        return job;
    }

    private void run(ExportChoice choice, StageFrames frames, Path file) {
        ExportProgress progress = (n, all) -> {
            done.set(n);
            if (updatePosted.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    updatePosted.set(false);
                    showProgress();
                });
            }
        };
        try {
            if (choice.format().isClip()) {
                ClipExport.write(choice.format(), choice.plan(), frames, file, progress, cancelled::get);
            } else {
                ClipExport.writePicture(frames, choice.plan().fromNanos(), file);
                done.set(1);
            }
            Platform.runLater(() -> finished(i18n.get("export.progress.done", file.toString()), false));
        } catch (ExportCancelledException e) {
            Platform.runLater(() -> finished(i18n.get("export.progress.cancelled"), false));
        } catch (ExportException | RuntimeException e) {
            Platform.runLater(() -> finished(i18n.get("export.progress.failed", e.getMessage()), true));
        }
    }

    private void showProgress() {
        int n = done.get();
        bar.setProgress((double) n / total);
        status.setText(i18n.get("export.progress.frames", n, total));
    }

    private void finished(String message, boolean failed) {
        showProgress();
        status.setText(message);
        if (failed) {
            status.getStyleClass().add(PodiumStyles.PROBLEMS);
        } else if (!cancelled.get()) {
            bar.setProgress(1);
        }
        button.setText(i18n.get("export.close"));
        cancelled.set(true); // from now on the button closes the window
    }

    /** Tests: the progress window. */
    Stage window() {
        return window;
    }
}
