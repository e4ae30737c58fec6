package dev.podium.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The window's side of {@code dev.podium.instance.SingleInstance}: a file another launch handed over (a
 * double-click while Podium runs) opens in this window, which comes to the front. Called on the hand-off thread; one
 * {@code runLater} per file the user double-clicked.
 */
public final class HandOffReceiver {
    private HandOffReceiver() {
    }

    /** Opens each handed-over path in {@code window} on the FX thread and raises {@code stage}. */
    public static Consumer<Path> into(MainWindow window, Stage stage) {
        return path -> Platform.runLater(() -> open(window, stage, path));
    }

    /** FX thread: raise the window, then open (a bad file shows its problems over it, as File > Open does). */
    static void open(MainWindow window, Stage stage, Path path) {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.toFront();
        stage.requestFocus();
        window.openFile(path);
    }
}
