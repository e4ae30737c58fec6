package dev.podium.ui;

import dev.podium.crash.CrashReports;
import dev.podium.instance.SingleInstance;
import dev.podium.ui.shell.CrashHandler;
import dev.podium.ui.shell.HandOffReceiver;
import dev.podium.ui.shell.MainWindow;
import dev.podium.ui.shell.RecentFiles;
import dev.podium.ui.shell.ScenarioSource;
import dev.podium.ui.shell.WorldViews;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens the main window with the built-in scenarios and the standard world
 * views. Started by {@code dev.podium.Main}, which stays a plain class.
 */
public final class PodiumApp extends Application {
    private static volatile SingleInstance running;

    /** Launches the GUI; returns when the last window closes. */
    public static void launchApp(String[] args) {
        launchApp(args, null);
    }

    /**
     * Launches the GUI; {@code instance}, if not null, is this user's running Podium: files later launches hand over
     * open in this window. Returns when the last window closes.
     */
    public static void launchApp(String[] args, SingleInstance instance) {
        running = instance;
        Application.launch(PodiumApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        // A projector app opens on the whole screen: sized to the visual bounds (which works even
        // without a window manager) and maximized (so the desktop's own controls agree).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        stage.setMaximized(true);
        MainWindow window = new MainWindow(new ScenarioSource(), WorldViews.standard(), RecentFiles.forUser(), true);
        window.theme().remember(Preferences.userNodeForPackage(PodiumApp.class));
        window.show(stage);
        CrashHandler.install(window, stage, CrashReports.forUser());
        FirstFrame.watch();
        if (running != null) {
            running.setOpener(HandOffReceiver.into(window, stage));
        }
        List<String> files = getParameters().getRaw();
        if (files.size() == 1) {
            window.openFile(Path.of(files.get(0))); // a bad file shows its problems over the default scenario
        }
    }

    @Override
    public void stop() {
        SingleInstance instance = running;
        if (instance != null) {
            instance.close();
        }
    }
}
