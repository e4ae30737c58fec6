package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.DeploymentCreated;
import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.ReplicaSetCreated;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Continue as Simulation" of a big recorded cluster keeps the FX thread free: the fork, the scenario's checks and
 * the new run's start happen on a worker, and the FX thread only snapshots the timeline and swaps the run in. The
 * test holds the worker and checks the window answers meanwhile, so no clock is involved. The cluster has
 * {@code -Dpodium.continue.pods} pods (default 6,000; the case is 150,000).
 */
@ExtendWith(ApplicationExtension.class)
class ContinueAsSimulationTest {
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/continue-" + UUID.randomUUID());
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
        window.show(stage);
    }

    @AfterEach
    void removePrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void theForkAndTheNewRunAreComputedOffTheFxThread(FxRobot robot) throws Exception {
        int pods = Integer.getInteger("podium.continue.pods", 6_000);
        Path recording = dir.resolve("big.podium.jsonl");
        RecordingFiles.save(recording, new RecordingHeader("podium-recording", 1, "live", "big", 0,
                "2026-12-01T10:00:00Z"), cluster(pods));
        robot.interact(() -> assertTrue(window.openFile(recording)));

        // The worker holds the computation until the test lets it go: meanwhile the FX thread must stay free.
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch computed = new CountDownLatch(1);
        CountDownLatch shown = new CountDownLatch(1);
        AtomicReference<String> computedOn = new AtomicReference<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "continue-worker"));
        window.continueExecutors(task -> worker.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            computedOn.set(Thread.currentThread().getName());
            task.run();
            computed.countDown();
        }), task -> Platform.runLater(() -> {
            task.run();
            shown.countDown();
        }));
        robot.interact(() -> assertTrue(window.forkIntoSimulator()));

        // The call returned while the fork has not even started, and the window answers and still shows the recording.
        AtomicReference<Object> runWhileComputing = new AtomicReference<>("unset");
        robot.interact(() -> runWhileComputing.set(window.model().run()));
        assertNull(runWhileComputing.get(), "the recording stays on show until the fork is ready");
        // Meanwhile the busy bar says what is going on, and the FX thread keeps playing frames.
        robot.interact(() -> {
            assertTrue(robot.lookup("#busy-bar").query().isVisible(), "the busy bar shows while the fork computes");
            long before = window.model().playheadNanos();
            window.model().play();
            window.player().frame(100_000_000L);
            assertTrue(window.model().playheadNanos() > before, "the recording still plays while the fork computes");
        });

        release.countDown();
        assertTrue(computed.await(300, TimeUnit.SECONDS), "the fork never finished on the worker");
        assertTrue(shown.await(300, TimeUnit.SECONDS), "the continued run never arrived on the FX thread");
        worker.shutdown();
        assertEquals("continue-worker", computedOn.get());
        robot.interact(() -> assertNotNull(window.model().run(), "continued as a simulation"));
        robot.interact(() -> assertFalse(robot.lookup("#busy-bar").query().isVisible(), "no busy bar once shown"));
    }

    @Test
    void cancelDropsTheForkAndKeepsTheRecording(FxRobot robot) throws Exception {
        Path recording = dir.resolve("small.podium.jsonl");
        RecordingFiles.save(recording, new RecordingHeader("podium-recording", 1, "live", "small", 0,
                "2026-12-01T10:00:00Z"), cluster(1_500));
        robot.interact(() -> assertTrue(window.openFile(recording)));
        List<Runnable> held = new ArrayList<>();
        window.continueExecutors(held::add, Runnable::run);
        robot.interact(() -> assertTrue(window.forkIntoSimulator()));
        robot.interact(() -> assertTrue(robot.lookup("#busy-bar").query().isVisible()));
        robot.clickOn("#busy-cancel");
        robot.interact(() -> assertFalse(robot.lookup("#busy-bar").query().isVisible(), "Cancel hides the bar"));
        assertEquals(1, held.size());
        robot.interact(() -> held.get(0).run()); // the worker finishes after the cancel
        robot.interact(() -> assertNull(window.model().run(), "a cancelled fork is never shown"));
    }

    /** A cluster of {@code pods} pods in Deployments of 1,500 on 1,500 nodes, as a live recording holds it. */
    private static List<WorldEvent> cluster(int pods) {
        List<WorldEvent> e = new ArrayList<>();
        for (int n = 0; n < 1_500; n++) {
            e.add(new NodeAdded(1, "node-" + n, 64_000, 256L << 30, 110, List.of(), false));
        }
        for (int d = 0; d * 1_500 < pods; d++) {
            String deployment = "ns-" + d % 7 + "/app-" + d;
            e.add(new DeploymentCreated(2, deployment, 1_500, "RollingUpdate", "25%", "25%", "a:1"));
            e.add(new ReplicaSetCreated(2, deployment + "-h", deployment, 1, "h", 1_500, "a:1"));
            for (int p = 0; p < 1_500; p++) {
                String pod = deployment + "-h-" + p;
                e.add(new PodCreated(3, pod, deployment + "-h", "", 10, 1L << 20, "a:1", 1));
                e.add(new PodScheduled(3, pod, "node-" + (p + d) % 1_500, 1, 1, 0));
            }
        }
        return e;
    }
}
