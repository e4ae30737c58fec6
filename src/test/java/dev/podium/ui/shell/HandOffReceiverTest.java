package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.instance.SingleInstance;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A file handed over by a second launch opens in the running window. */
@ExtendWith(ApplicationExtension.class)
class HandOffReceiverTest {
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/handoff-" + UUID.randomUUID());
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
    void removePrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void aHandedOverLessonOpensInTheRunningWindow() throws Exception {
        try (SingleInstance running = SingleInstance.tryPrimary(dir)) {
            running.setOpener(HandOffReceiver.into(window, stage));
            assertEquals("queueing-basics", window.scenarioProperty().get().name());
            assertTrue(SingleInstance.handOff(dir, Path.of("simulations/rolling-update.yaml")));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, // generous: a loaded CI machine
                   
                    () -> "rolling-update".equals(window.scenarioProperty().get().name()));
            WaitForAsyncUtils.waitForFxEvents(); // openFile finishes (it adds to the recent files after the switch)
            assertTrue(stage.isShowing());
        }
    }
}
