package dev.podium.ui;

import dev.podium.ui.shell.MainWindow;
import dev.podium.ui.shell.RecentFiles;
import dev.podium.ui.shell.ScenarioSource;
import dev.podium.ui.shell.WorldViews;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/**
 * The smallest window Podium supports, 1280×720, with the whole shell around the stage (gallery, narration,
 * transport bar), for the tests that measure whether a view's text fits. Each test gets its own throw-away
 * preferences; {@link #close()} removes them and puts the display language back (a language switch sets it).
 * Call {@link #open} from the test's {@code @Start} and {@link #close} from its {@code @AfterEach}.
 */
public final class SmallWindow {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 720;

    private final Preferences prefs;
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);

    /** {@code name} names the test's preferences node (under {@code dev/podium/test}). */
    public SmallWindow(String name) {
        prefs = Preferences.userRoot().node("dev/podium/test/" + name + "-" + UUID.randomUUID());
    }

    /** Shows a new main window on {@code stage} at 1280×720. FX thread. */
    public MainWindow open(Stage stage) {
        MainWindow window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
        window.show(stage);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        return window;
    }

    /** Removes the preferences and restores the display language. */
    public void close() throws BackingStoreException {
        prefs.removeNode();
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }
}
